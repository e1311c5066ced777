import { useMemo } from 'react';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

import { currentUser } from '../session/signIn';

/**
 * GraphiQL, in development only (the platform forwards /graphiql here when
 * `homeward.portal.graphiql` is on, with introspection), built from its npm packages into
 * the portal's bundle and loaded only on this route: no CDN, so it works on a machine
 * without internet, under the portal's Content-Security-Policy. It runs as the user
 * signed in to the portal, with the token in memory.
 */
export function Explorer() {
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: '/graphql',
        fetch: async (input, init) => {
          const user = await currentUser();
          const headers = new Headers(init?.headers);
          if (user) headers.set('Authorization', `Bearer ${user.access_token}`);
          return fetch(input, { ...init, headers });
        },
      }),
    [],
  );
  return (
    <div className="graphiql">
      <GraphiQL fetcher={fetcher} />
    </div>
  );
}
