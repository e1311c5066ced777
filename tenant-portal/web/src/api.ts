import type { TypedDocumentString } from './gql/graphql';
import { currentUser } from './session/signIn';

/** A GraphQL error the service answered with, its code from `extensions.code`. */
export class GraphQlError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(message);
  }
}

/**
 * Runs an operation at the platform's public endpoint, which answers without a token (only the
 * fields modules name as public). Documents are typed by codegen from the printed schema.
 */
export function publicQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return post('/graphql/public', {}, document, variables);
}

/** The request was refused for want of a valid token: the user has to sign in (again). */
export class SignInRequired extends Error {}

/**
 * Runs an operation at `/graphql` as the signed-in user, with the access token held in
 * memory. A network failure rejects with the fetch's TypeError, which callers that queue
 * work (the carrier's outbox) tell apart from an answer.
 */
export async function query<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  headers: Record<string, string> = {},
): Promise<TResult> {
  const user = await currentUser();
  if (!user) throw new SignInRequired('Not signed in');
  return post('/graphql', { ...headers, Authorization: `Bearer ${user.access_token}` }, document, variables);
}

async function post<TResult, TVariables>(
  url: string,
  headers: Record<string, string>,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  if (response.status === 401) throw new SignInRequired('Token refused');
  const body = (await response.json()) as {
    data?: TResult;
    errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
  };
  const error = body.errors?.[0];
  if (error || !body.data) {
    throw new GraphQlError(error?.message ?? `HTTP ${response.status}`, error?.extensions?.code,
      error?.extensions?.retryAfterSeconds);
  }
  return body.data;
}

/** The nodes of a connection (Spring for GraphQL prints its edges as nullable). */
export function nodes<T>(connection: { edges?: readonly ({ node: T } | null)[] | null }): T[] {
  return (connection.edges ?? []).flatMap((edge) => (edge ? [edge.node] : []));
}

/**
 * Downloads a file the platform serves under the user's token (an invoice PDF, a chain of
 * custody): fetched with the token in memory, then handed to the browser as a file. A plain
 * link would carry no token.
 */
export async function download(url: string, filename: string): Promise<void> {
  const user = await currentUser();
  if (!user) throw new SignInRequired('Not signed in');
  const response = await fetch(url, { headers: { Authorization: `Bearer ${user.access_token}` } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** The platform refused a photo (too large, not an image): the reason, in its words. */
export class PhotoRefused extends Error {}

/**
 * Uploads a photo under its own UUID and answers the id events name it by. Sent again after a
 * lost answer, the same bytes answer the same photo.
 */
export async function uploadPhoto(key: string, image: Blob): Promise<string> {
  const user = await currentUser();
  if (!user) throw new SignInRequired('Not signed in');
  const response = await fetch(`/tracking/photos/${key}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${user.access_token}`, 'Content-Type': image.type || 'image/jpeg' },
    body: image,
  });
  if (response.status === 401) throw new SignInRequired('Token refused');
  // The platform busy or failing: not the photo's fault, so tried again later.
  if (response.status >= 500 || response.status === 429) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { id?: string; detail?: string };
  if (!response.ok || !body.id) throw new PhotoRefused(body.detail ?? `HTTP ${response.status}`);
  return body.id;
}

/**
 * A file the platform serves under the user's token (a tracking photo) as an object URL an
 * image can show: a plain `src` would carry no token. The caller revokes it.
 */
export async function objectUrl(url: string): Promise<string> {
  const user = await currentUser();
  if (!user) throw new SignInRequired('Not signed in');
  const response = await fetch(url, { headers: { Authorization: `Bearer ${user.access_token}` } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return URL.createObjectURL(await response.blob());
}
