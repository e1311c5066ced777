import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';

import './i18n';
import './styles.css';
import { Layout } from './Layout';
import { Home } from './pages/Home';
import { ReturnStart } from './pages/ReturnStart';
import { TrackForm } from './pages/TrackForm';
import { TrackPage } from './pages/TrackPage';
import { CarrierPage } from './carrier/CarrierPage';
import { OperatorPage } from './operator/OperatorPage';
import { ShipperLoads } from './shipper/ShipperLoads';
import { ShipperPage } from './shipper/ShipperPage';
import { ShipperPrograms } from './shipper/ShipperPrograms';
import { ShipperQuote } from './shipper/ShipperQuote';
import { ShipperReturns } from './shipper/ShipperReturns';
import { RequireSignIn, SignInCallback } from './session/Session';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Home /> },
      { path: '/track', element: <TrackForm /> },
      { path: '/track/:code', element: <TrackPage /> },
      { path: '/signin', element: <SignInCallback /> },
      { path: '/carrier', element: <RequireSignIn kind="CARRIER"><CarrierPage /></RequireSignIn> },
      {
        path: '/shipper',
        element: <RequireSignIn kind="SHIPPER"><ShipperPage /></RequireSignIn>,
        children: [
          { index: true, element: <ShipperReturns /> },
          { path: 'programs', element: <ShipperPrograms /> },
          { path: 'quote', element: <ShipperQuote /> },
          { path: 'loads', element: <ShipperLoads /> },
        ],
      },
      { path: '/operator', element: <RequireSignIn kind="OPERATOR"><OperatorPage /></RequireSignIn> },
      {
        path: '/graphiql',
        // Its own chunk: GraphiQL and its editor load only on this development route.
        lazy: async () => {
          const { Explorer } = await import('./graphiql/Explorer');
          return { element: <RequireSignIn><Explorer /></RequireSignIn> };
        },
      },
      { path: '/return/:shipper', element: <ReturnStart /> },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
