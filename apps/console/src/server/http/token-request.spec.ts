import { tokenRequestOf } from './token-request';

describe('the token relay\'s request filter', () => {
  it('forwards a code exchange of the console client with its PKCE verifier, and nothing else', () => {
    const form = tokenRequestOf({ grant_type: 'authorization_code', client_id: 'usm-console', code: 'c', redirect_uri: 'http://127.0.0.1:3300/', code_verifier: 'v', client_secret: 'smuggled' }, 'usm-console');
    expect(Object.fromEntries(form ?? [])).toEqual({ grant_type: 'authorization_code', client_id: 'usm-console', code: 'c', redirect_uri: 'http://127.0.0.1:3300/', code_verifier: 'v' });
  });

  it('forwards a refresh', () => {
    expect(tokenRequestOf({ grant_type: 'refresh_token', client_id: 'usm-console', refresh_token: 'r' }, 'usm-console')?.get('refresh_token')).toBe('r');
  });

  it('refuses other clients, other grants and missing fields', () => {
    expect(tokenRequestOf({ grant_type: 'client_credentials', client_id: 'usm-console' }, 'usm-console')).toBeNull();
    expect(tokenRequestOf({ grant_type: 'refresh_token', client_id: 'city-admin', refresh_token: 'r' }, 'usm-console')).toBeNull();
    expect(tokenRequestOf({ grant_type: 'authorization_code', client_id: 'usm-console', code: 'c', redirect_uri: 'x' }, 'usm-console')).toBeNull();
    expect(tokenRequestOf('grant_type=password', 'usm-console')).toBeNull();
  });
});
