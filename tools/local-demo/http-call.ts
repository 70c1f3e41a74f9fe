/** One call to a mesh service's API with a bearer token, a JSON body when one is given. */
export function callApi(base: string, token: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** The response when its status is one of `accepted`; otherwise an error naming the step, the status and the answer. */
export async function expectStatus(response: Response, what: string, ...accepted: number[]): Promise<Response> {
  if (!accepted.includes(response.status)) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

/** `callApi` that fails unless the service answers `expected`. */
export async function callExpecting(base: string, token: string, method: string, path: string, expected: number, body?: unknown): Promise<Response> {
  return expectStatus(await callApi(base, token, method, path, body), `${method} ${path}`, expected);
}
