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
import { RequireSignIn, SignInCallback } from './session/Session';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Home /> },
      { path: '/track', element: <TrackForm /> },
      { path: '/track/:code', element: <TrackPage /> },
      { path: '/signin', element: <SignInCallback /> },
      // The signed-in areas load as chunks of their own, when opened: a customer on a phone
      // tracking a return downloads none of the carriers', shippers' or operators' pages
      // (nor Chart.js, ZXing or GraphiQL).
      {
        path: '/carrier',
        lazy: async () => {
          const { CarrierPage } = await import('./carrier/CarrierPage');
          return { element: <RequireSignIn kind="CARRIER"><CarrierPage /></RequireSignIn> };
        },
      },
      {
        path: '/shipper',
        lazy: async () => {
          const { ShipperPage } = await import('./shipper/ShipperPage');
          return { element: <RequireSignIn kind="SHIPPER"><ShipperPage /></RequireSignIn> };
        },
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./shipper/ShipperReturns')).ShipperReturns }) },
          { path: 'programs', lazy: async () => ({ Component: (await import('./shipper/ShipperPrograms')).ShipperPrograms }) },
          { path: 'quote', lazy: async () => ({ Component: (await import('./shipper/ShipperQuote')).ShipperQuote }) },
          { path: 'loads', lazy: async () => ({ Component: (await import('./shipper/ShipperLoads')).ShipperLoads }) },
        ],
      },
      {
        path: '/operator',
        lazy: async () => {
          const { OperatorPage } = await import('./operator/OperatorPage');
          return { element: <RequireSignIn kind="OPERATOR"><OperatorPage /></RequireSignIn> };
        },
      },
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
