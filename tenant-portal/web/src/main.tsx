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

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { path: '/', element: <Home /> },
      { path: '/track', element: <TrackForm /> },
      { path: '/track/:code', element: <TrackPage /> },
      { path: '/return/:shipper', element: <ReturnStart /> },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
