/**
 * The one way the UI talks to the backend: same-origin fetch with the session cookie, Spring
 * Security's CSRF double-submit header on unsafe methods, and RFC 9457 problem details turned into
 * a typed {@link ApiError}.
 */

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

export type FieldError = { field?: string; pointer?: string; message?: string; [key: string]: unknown };

export type ProblemDetail = {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
};

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type: string;
  readonly instance?: string;
  readonly errors?: FieldError[];
  /** The problem's machine-readable `code` (kebab-case, e.g. `bad-credentials`), when the server sent one. */
  readonly code?: string;
  /** The Party rule (e.g. `R4`) that refused the request, when one did. */
  readonly rule?: string;
  /** The whole problem as sent, extensions included (e.g. a refused transition's `state`). */
  readonly problem: ProblemDetail;
  /** Seconds from the `Retry-After` header (429), when present. */
  readonly retryAfter?: number;

  constructor(status: number, problem: ProblemDetail, retryAfter?: number) {
    const title = problem.title ?? `HTTP ${status}`;
    super(problem.detail ?? title);
    this.name = 'ApiError';
    this.status = problem.status ?? status;
    this.title = title;
    this.detail = problem.detail;
    this.type = problem.type ?? 'about:blank';
    this.instance = problem.instance;
    this.errors = problem.errors;
    this.code = typeof problem.code === 'string' ? problem.code : undefined;
    this.rule = typeof problem.rule === 'string' ? problem.rule : undefined;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

export type RequestOptions = Omit<RequestInit, 'body' | 'method'> & {
  body?: unknown;
  params?: Record<string, string | number | boolean | undefined>;
};

function buildUrl(path: string, params?: RequestOptions['params']): string {
  if (!params) return path;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query.append(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type') ?? '';
  const retryAfter = retryAfterSeconds(response);
  if (contentType.includes('json')) {
    try {
      return new ApiError(response.status, (await response.json()) as ProblemDetail, retryAfter);
    } catch {
      // A broken body still leaves us the status line, which is enough to report the failure.
    }
  }
  return new ApiError(response.status, { title: response.statusText || `HTTP ${response.status}` }, retryAfter);
}

/** The message for a field from a problem's `errors`, matched by `field` or the last segment of `pointer`. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error) || !error.errors) return {};
  const result: Record<string, string> = {};
  for (const item of error.errors) {
    const field = item.field ?? item.pointer?.split('/').at(-1);
    if (field && item.message && !result[field]) result[field] = item.message;
  }
  return result;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const { body, params, headers: extraHeaders, ...init } = options;
  const verb = method.toUpperCase();
  const headers = new Headers(extraHeaders);
  headers.set('Accept', 'application/json, application/problem+json');

  if (!SAFE_METHODS.has(verb)) {
    const token = readCookie(CSRF_COOKIE);
    if (token) headers.set(CSRF_HEADER, token);
  }

  let payload: BodyInit | undefined;
  if (body instanceof FormData || body instanceof Blob || typeof body === 'string') {
    payload = body;
  } else if (body !== undefined) {
    headers.set('Content-Type', 'application/json');
    payload = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, params), {
      ...init,
      method: verb,
      headers,
      body: payload,
      credentials: 'include',
    });
  } catch (cause) {
    throw new ApiError(0, { title: 'Network error', detail: cause instanceof Error ? cause.message : String(cause) });
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204 || response.status === 205) return undefined as T;
  const contentType = response.headers.get('content-type') ?? '';
  return (contentType.includes('json') ? await response.json() : await response.text()) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
