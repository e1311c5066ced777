import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

/** Where the platform says its realm is: the same file serves every deployment. */
interface SignInSettings {
  authority: string;
  clientId: string;
}

let manager: Promise<UserManager> | undefined;

/**
 * The portal's one UserManager: authorization code with PKCE against the realm's public
 * client. Tokens live in memory only (InMemoryWebStorage), never in local or session
 * storage, where any script of the origin could read them; a reload signs in again through
 * Keycloak's session cookie, without a password. Only the short-lived PKCE verifier and
 * state of a sign-in in progress sit in session storage, as they must survive the trip to
 * Keycloak and back; oidc-client-ts removes them at the callback.
 */
export function userManager(): Promise<UserManager> {
  manager ??= fetch('/portal/sign-in.json')
    .then((response) => {
      if (!response.ok) throw new Error(`Sign-in settings: HTTP ${response.status}`);
      return response.json() as Promise<SignInSettings>;
    })
    .then(
      (settings) =>
        new UserManager({
          authority: settings.authority,
          client_id: settings.clientId,
          redirect_uri: `${window.location.origin}/signin`,
          post_logout_redirect_uri: `${window.location.origin}/`,
          response_type: 'code',
          scope: 'openid',
          userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
          stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: 'homeward.signin.' }),
          // Renewed with the refresh token before the access token expires: Keycloak's
          // pages refuse to be framed, so no silent renew in an iframe.
          automaticSilentRenew: true,
          monitorSession: false,
        }),
    );
  return manager;
}

/** The signed-in user with a token still valid, or null. */
export async function currentUser(): Promise<User | null> {
  const user = await (await userManager()).getUser();
  return user && !user.expired ? user : null;
}

/** Off to Keycloak's login page; back at `returnTo` once signed in. */
export async function signIn(returnTo: string): Promise<void> {
  await (await userManager()).signinRedirect({ state: { returnTo } });
}

/** Completes the sign-in Keycloak redirected back with; answers where to go next. */
export async function completeSignIn(): Promise<string> {
  const user = await (await userManager()).signinRedirectCallback();
  const state = user.state as { returnTo?: string } | undefined;
  // Only a path of the portal: never an address another site put into the state.
  return state?.returnTo?.startsWith('/') && !state.returnTo.startsWith('//') ? state.returnTo : '/';
}

export async function signOut(): Promise<void> {
  await (await userManager()).signoutRedirect();
}
