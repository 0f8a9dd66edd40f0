import { afterEach, describe, expect, it, vi } from 'vitest';

import { api, ApiError, readCookie } from './api-client';

function jsonResponse(status: number, body: unknown, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

function clearCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

describe('api client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearCookies();
  });

  it('sends same-origin requests with credentials and parses JSON', async () => {
    const fetchMock = vi.fn().mockResolvedValue(jsonResponse(200, { name: 'x' }));
    vi.stubGlobal('fetch', fetchMock);

    await expect(api.get('/api/app-info')).resolves.toEqual({ name: 'x' });

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/app-info');
    expect(init.credentials).toBe('include');
    expect(init.method).toBe('GET');
  });

  it('sends the XSRF-TOKEN cookie back as X-XSRF-TOKEN on unsafe methods only', async () => {
    document.cookie = 'XSRF-TOKEN=abc%3D123; path=/';
    const fetchMock = vi.fn().mockImplementation(() => Promise.resolve(new Response(null, { status: 204 })));
    vi.stubGlobal('fetch', fetchMock);

    await api.post('/api/things', { a: 1 });
    await api.get('/api/things');

    const postHeaders = fetchMock.mock.calls[0][1].headers as Headers;
    expect(postHeaders.get('X-XSRF-TOKEN')).toBe('abc=123');
    expect(postHeaders.get('Content-Type')).toBe('application/json');
    expect(fetchMock.mock.calls[0][1].body).toBe('{"a":1}');
    expect((fetchMock.mock.calls[1][1].headers as Headers).has('X-XSRF-TOKEN')).toBe(false);
  });

  it('turns problem+json responses into a typed ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        jsonResponse(
          400,
          {
            type: 'https://chibo.vn/problems/validation',
            title: 'Dữ liệu không hợp lệ',
            status: 400,
            detail: 'Tên cuộc họp không được để trống',
            errors: [{ field: 'title', message: 'bắt buộc' }],
          },
          'application/problem+json',
        ),
      ),
    );

    const error = await api.post('/api/meetings', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: 'Dữ liệu không hợp lệ',
      detail: 'Tên cuộc họp không được để trống',
      type: 'https://chibo.vn/problems/validation',
      errors: [{ field: 'title', message: 'bắt buộc' }],
    });
  });

  it('still reports a failure whose body is not problem details', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(new Response('<html>', { status: 502, statusText: 'Bad Gateway' })),
    );

    await expect(api.get('/api/app-info')).rejects.toMatchObject({
      status: 502,
      title: 'Bad Gateway',
      type: 'about:blank',
    });
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(api.get('/api/app-info')).rejects.toMatchObject({ status: 0, detail: 'Failed to fetch' });
  });

  it('reads a cookie among others', () => {
    expect(readCookie('b', 'a=1; b=two%20words; c=3')).toBe('two words');
    expect(readCookie('missing', 'a=1')).toBeUndefined();
  });
});
