import type { CityStack } from '@usm/testing';
import { authHeaderFor } from '@usm/testing';

/** An answer of the sites service: status, content type and the parsed JSON body. */
export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly type: string;
  readonly body: T;
}

/** Calls the sites service as one of the realm's clients (or with no token when `client` is null). */
export function sitesApi(base: string, stack: CityStack) {
  return async function call<T = Record<string, unknown>>(client: string | null, method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const auth = client === null ? {} : await authHeaderFor(stack, client);
    const payload = body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) };
    const type: Record<string, string> = body === undefined || typeof body === 'string' ? {} : { 'content-type': 'application/json' };
    const response = await fetch(`${base}${path}`, { method, headers: { ...auth, ...type, ...headers }, ...payload });
    const text = await response.text();
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (text === '' ? {} : JSON.parse(text)) as T };
  };
}

export type SitesCall = ReturnType<typeof sitesApi>;
