import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

import { query, SignInRequired } from '../api';
import { graphql } from '../gql';
import type { OrganizationKind, ViewerQuery } from '../gql/graphql';
import { completeSignIn, currentUser, signIn, signOut } from './signIn';

const ViewerDocument = graphql(`
  query Viewer {
    viewer { username roles organization { id name kind } }
  }
`);

export type Viewer = ViewerQuery['viewer'];

const SessionContext = createContext<Viewer | null>(null);

/** The signed-in user of the page, inside a {@link RequireSignIn}. */
export function useViewer(): Viewer {
  const viewer = useContext(SessionContext);
  if (!viewer) throw new Error('useViewer outside RequireSignIn');
  return viewer;
}

type State = { kind: 'checking' } | { kind: 'in'; viewer: Viewer } | { kind: 'wrongKind'; viewer: Viewer } | { kind: 'failed' };

/**
 * A page for members of one kind of organization (or of any, without a kind): sends anyone not signed in to Keycloak's
 * login page (and back here afterwards), and tells a member of another kind that the page
 * is not theirs. What they see inside is decided by the API under their token, never here.
 */
export function RequireSignIn({ kind, children }: { kind?: OrganizationKind; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  // Where to come back to after signing in: read when the check runs, without making
  // every move between the area's tabs check the session again.
  const here = useRef('');
  here.current = location.pathname + location.search;
  const [state, setState] = useState<State>({ kind: 'checking' });

  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        if (!(await currentUser())) {
          await signIn(here.current);
          return;
        }
        const { viewer } = await query(ViewerDocument, {});
        if (current) setState({ kind: !kind || viewer.organization.kind === kind ? 'in' : 'wrongKind', viewer });
      } catch (error) {
        if (error instanceof SignInRequired) {
          await signIn(here.current);
        } else if (current) {
          setState({ kind: 'failed' });
        }
      }
    })();
    return () => {
      current = false;
    };
  }, [kind]);

  switch (state.kind) {
    case 'checking':
      return <p role="status">{t('session.checking')}</p>;
    case 'failed':
      return <p role="alert">{t('session.failed')}</p>;
    case 'wrongKind':
      return (
        <>
          <SessionBar viewer={state.viewer} />
          <p role="alert">{t('session.wrongKind', { organization: state.viewer.organization.name })}</p>
        </>
      );
    case 'in':
      return (
        <SessionContext.Provider value={state.viewer}>
          <SessionBar viewer={state.viewer} />
          {children}
        </SessionContext.Provider>
      );
  }
}

function SessionBar({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  return (
    <div className="session">
      <span>
        {t('session.signedInAs', { user: viewer.username, organization: viewer.organization.name })}
      </span>
      <button type="button" className="secondary" onClick={() => void signOut()}>
        {t('session.signOut')}
      </button>
    </div>
  );
}

let callback: Promise<string> | undefined;

/** Where Keycloak sends the browser back to: completes the sign-in, then goes on. */
export function SignInCallback() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // Once per page load: the code in the address can be redeemed only once.
    callback ??= completeSignIn();
    callback.then((returnTo) => navigate(returnTo, { replace: true }), () => setFailed(true));
  }, [navigate]);
  return failed ? <p role="alert">{t('session.failed')}</p> : <p role="status">{t('session.checking')}</p>;
}
