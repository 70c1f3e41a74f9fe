import { claimsOf, codeChallengeOf, codeVerifierOf, base64Url } from './pkce';

/** The realm the console signs people in with, as the backend announces it. */
export interface SignInSettings {
  readonly issuer: string;
  readonly clientId: string;
}

/** A signed-in person: the access token the API needs, and what it says for display. */
export interface Session {
  readonly accessToken: string;
  readonly refreshToken: string | null;
  readonly expiresAt: number;
  readonly username: string;
  readonly roles: readonly string[];
}

const pendingKey = 'usm-console.pkce';
const redirectUri = (): string => `${window.location.origin}${window.location.pathname}`;

/** Sends the browser to the realm's login page (authorization code with PKCE, S256). */
export async function signIn(settings: SignInSettings): Promise<void> {
  const verifier = codeVerifierOf(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem(pendingKey, JSON.stringify({ verifier, state }));
  const query = new URLSearchParams({
    response_type: 'code', client_id: settings.clientId, redirect_uri: redirectUri(), scope: 'openid',
    state, code_challenge: await codeChallengeOf(verifier), code_challenge_method: 'S256',
  });
  window.location.assign(`${settings.issuer}/protocol/openid-connect/auth?${query.toString()}`);
}

function sessionOf(body: { access_token: string; refresh_token?: string; expires_in: number }): Session {
  const claims = claimsOf(body.access_token);
  const realmAccess = claims['realm_access'] as { roles?: string[] } | undefined;
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token ?? null,
    expiresAt: Date.now() + body.expires_in * 1000,
    username: typeof claims['preferred_username'] === 'string' ? claims['preferred_username'] : 'unknown',
    roles: realmAccess?.roles ?? [],
  };
}

async function tokenRequest(settings: SignInSettings, form: Record<string, string>): Promise<Session> {
  // The console relays the exchange to the realm from its own origin (no cross-origin call to the realm).
  const response = await fetch('auth/token', {
    method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ client_id: settings.clientId, ...form }),
  });
  if (!response.ok) throw new Error(`the identity provider refused the sign-in (${response.status})`);
  return sessionOf((await response.json()) as { access_token: string; refresh_token?: string; expires_in: number });
}

/** Completes a sign-in when the realm sent the browser back with a code; null when this is not a callback. */
export async function completeSignIn(settings: SignInSettings): Promise<Session | null> {
  const query = new URLSearchParams(window.location.search);
  const code = query.get('code');
  const pending = sessionStorage.getItem(pendingKey);
  if (code === null || pending === null) return null;
  const { verifier, state } = JSON.parse(pending) as { verifier: string; state: string };
  sessionStorage.removeItem(pendingKey);
  window.history.replaceState(null, '', redirectUri());
  if (query.get('state') !== state) throw new Error('the sign-in answer does not match the request (state)');
  return tokenRequest(settings, { grant_type: 'authorization_code', code, redirect_uri: redirectUri(), code_verifier: verifier });
}

/** A fresh session before the access token expires (refresh token grant). */
export const refreshed = (settings: SignInSettings, session: Session): Promise<Session> =>
  session.refreshToken === null ? Promise.reject(new Error('no refresh token')) : tokenRequest(settings, { grant_type: 'refresh_token', refresh_token: session.refreshToken });

/** Ends the realm session and comes back to the console. */
export function signOut(settings: SignInSettings): void {
  window.location.assign(`${settings.issuer}/protocol/openid-connect/logout?${new URLSearchParams({ client_id: settings.clientId, post_logout_redirect_uri: redirectUri() }).toString()}`);
}
