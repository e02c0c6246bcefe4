import type { components } from './schema';
import type { CheckBody, CheckResult } from './check';

/** A listed entry (GET /v1/kb/substances/{id}), as the OpenAPI document describes it. */
export type KbSubstance = components['schemas']['KbSubstance'];

/** Roles, weakest first: a role may do what every weaker one may. */
export const roles = ['viewer', 'analyst', 'supervisor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Whom a token acts for (GET /v1/me). */
export interface Me {
  name: string;
  role: Role;
  tenant: string;
}

/** The knowledge base's jurisdictions (GET /v1/kb). */
export interface KbSummary {
  kb_version: string;
  jurisdictions: { code: string; name: string }[];
}

/** An answer the server refused, with its message. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const tokenKey = 'cordon.token';

/** The token of this tab's session: sessionStorage, so it ends with the tab and is never shared between tabs. */
export const session = {
  get: (): string | null => sessionStorage.getItem(tokenKey),
  set: (token: string) => sessionStorage.setItem(tokenKey, token),
  clear: () => sessionStorage.removeItem(tokenKey),
};

/** Sends a request with the session's token; a refusal becomes an ApiError with the server's message. */
export async function send(method: string, path: string, body?: unknown, token = session.get(), accept = 'application/json'): Promise<Response> {
  const headers: Record<string, string> = { accept };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    let message = response.statusText;
    try {
      const problem = (await response.json()) as { error?: string; detail?: string; title?: string };
      message = problem.error ?? problem.detail ?? problem.title ?? message;
    } catch {
      // not JSON: keep the status text
    }
    throw new ApiError(response.status, message);
  }
  return response;
}

/** A JSON call (see send). */
export async function call<T>(method: string, path: string, body?: unknown, token = session.get()): Promise<T> {
  return (await (await send(method, path, body, token)).json()) as T;
}

/** The calls the pages make; the server checks every one against the caller's role. */
export const api = {
  me: (token?: string) => call<Me>('GET', '/v1/me', undefined, token ?? session.get()),
  login: (name: string, password: string) =>
    call<{ token: string; expires_at: string; role: Role }>('POST', '/v1/auth/login', { name, password }, null),
  kb: () => call<KbSummary>('GET', '/v1/kb'),
  check: (body: CheckBody) => call<CheckResult[]>('POST', '/v1/check', body).then(unwrapResults),
  substance: (id: string) => call<KbSubstance>('GET', `/v1/kb/substances/${encodeURIComponent(id)}`),
  users: () => call<{ users: { id: number; name: string; role: Role; created_at: string; disabled: boolean }[] }>('GET', '/v1/users'),
};

// The server answers {"results": [...]} (ResultsArray); accept a bare array too.
function unwrapResults(answer: unknown): CheckResult[] {
  if (Array.isArray(answer)) return answer as CheckResult[];
  return ((answer as { results?: CheckResult[] }).results ?? []) as CheckResult[];
}

/** Whether <paramref name="role"/> may do what <paramref name="least"/> may. */
export function atLeast(role: Role | undefined, least: Role): boolean {
  return role !== undefined && roles.indexOf(role) >= roles.indexOf(least);
}
