import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';

import { AppProvider } from '@/app/provider';

type Routes = Record<string, unknown>;

/** Stubs fetch with canned JSON per path; anything else is a 404 problem. */
export function stubApi(routes: Routes) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => {
    const path = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    if (path in routes) {
      return Promise.resolve(
        new Response(JSON.stringify(routes[path]), { status: 200, headers: { 'Content-Type': 'application/json' } }),
      );
    }
    return Promise.resolve(
      new Response(JSON.stringify({ title: 'Not Found', status: 404 }), {
        status: 404,
        headers: { 'Content-Type': 'application/problem+json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function renderApp(element: ReactElement, { path = '/' }: { path?: string } = {}) {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  return render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}

export type MockRequest = { method: string; path: string; query: URLSearchParams; body: unknown; init: RequestInit };
export type MockAnswer = { status?: number; body?: unknown; headers?: Record<string, string> } | undefined;

/**
 * Stubs fetch with a function of the request (method, path, query, parsed JSON body). Returning
 * undefined answers 404; a status ≥ 400 answers a problem+json.
 */
export function mockApi(handler: (request: MockRequest) => MockAnswer) {
  const fetchMock = vi.fn((input: RequestInfo | URL, init: RequestInit = {}) => {
    const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(raw, 'http://localhost');
    let body: unknown = init.body;
    if (typeof init.body === 'string') {
      try {
        body = JSON.parse(init.body);
      } catch {
        body = init.body;
      }
    }
    const answer = handler({ method: (init.method ?? 'GET').toUpperCase(), path: url.pathname, query: url.searchParams, body, init }) ?? {
      status: 404,
      body: { title: 'Not Found', status: 404 },
    };
    const status = answer.status ?? 200;
    if (status === 204) return Promise.resolve(new Response(null, { status }));
    return Promise.resolve(
      new Response(JSON.stringify(answer.body ?? {}), {
        status,
        headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...answer.headers },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Renders several routes in a memory router, e.g. a page and the login page it redirects to. */
export function renderRoutes(routes: { path: string; element: ReactElement }[], { path = '/' }: { path?: string } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router };
}
