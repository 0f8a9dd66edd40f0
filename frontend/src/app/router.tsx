import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';

import { AppShell } from './layout/app-shell';
import { paths } from './paths';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';

const routes = [
  {
    element: <AppShell />,
    children: [
      { path: paths.home, element: <HomeRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
