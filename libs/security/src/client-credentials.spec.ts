import { clientCredentialsTokens } from './client-credentials';

const credentials = { tokenUrl: 'https://id.example/realms/incheon/protocol/openid-connect/token', clientId: 'privacy', clientSecret: 's3cret' };

function fakeProvider() {
  const calls: string[] = [];
  const fetchFn = ((_url: string, init: { body: URLSearchParams }) => {
    calls.push(init.body.toString());
    return Promise.resolve(new Response(JSON.stringify({ access_token: `token-${calls.length}`, expires_in: 300 }), { status: 200 }));
  }) as unknown as typeof fetch;
  return { calls, fetchFn };
}

describe('clientCredentialsTokens', () => {
  it('asks the token endpoint with client credentials and caches the token until near its expiry', async () => {
    const { calls, fetchFn } = fakeProvider();
    let clock = 0;
    const token = clientCredentialsTokens(credentials, fetchFn, () => clock);
    await expect(Promise.all([token(), token()])).resolves.toEqual(['token-1', 'token-1']);
    clock = 269_000;
    await expect(token()).resolves.toBe('token-1');
    clock = 271_000;
    await expect(token()).resolves.toBe('token-2');
    expect(calls[0]).toBe('grant_type=client_credentials&client_id=privacy&client_secret=s3cret');
    expect(calls).toHaveLength(2);
  });

  it('fails when the identity provider refuses, and asks again next time', async () => {
    let status = 401;
    const fetchFn = (() => Promise.resolve(new Response(JSON.stringify({ access_token: 't', expires_in: 60 }), { status }))) as unknown as typeof fetch;
    const token = clientCredentialsTokens(credentials, fetchFn);
    await expect(token()).rejects.toThrow('refused client privacy (401)');
    status = 200;
    await expect(token()).resolves.toBe('t');
  });
});
