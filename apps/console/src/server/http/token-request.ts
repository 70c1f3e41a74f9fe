const fieldsOf = {
  authorization_code: ['code', 'redirect_uri', 'code_verifier'],
  refresh_token: ['refresh_token'],
} as const;

/**
 * The form the relay forwards: only the console's public client, only the code (with its PKCE verifier) and
 * refresh grants, only their fields. Anything else is null (refused), so the relay is no open proxy.
 */
export function tokenRequestOf(body: unknown, clientId: string): URLSearchParams | null {
  if (typeof body !== 'object' || body === null) return null;
  const fields = body as Record<string, unknown>;
  const grant = fields['grant_type'];
  if (fields['client_id'] !== clientId || (grant !== 'authorization_code' && grant !== 'refresh_token')) return null;
  const form = new URLSearchParams({ grant_type: grant, client_id: clientId });
  for (const name of fieldsOf[grant]) {
    const value = fields[name];
    if (typeof value !== 'string' || value.length === 0 || value.length > 8_192) return null;
    form.set(name, value);
  }
  return form;
}
