import type { CityStack } from '@usm/testing';
import { tokenFor, waitFor } from '@usm/testing';

/** One call to a city's consent service with a token of one of its realm's (or a partner realm's) clients. */
export async function ledgerCall(base: string, method: string, path: string, token: string, body?: unknown): Promise<Response> {
  return fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function expectStatus(response: Promise<Response>, status: number, what: string): Promise<Response> {
  const answered = await response;
  if (answered.status !== status) throw new Error(`${what}: ${answered.status} ${await answered.text()}`);
  return answered;
}

/**
 * An agreement in force, made the way cities make one: drafted and proposed by the source city's DPO, signed
 * by both cities' DPOs (the partner with its own realm's token) and activated.
 */
export async function agreementInForce(base: string, source: CityStack, partner: CityStack, topics: readonly string[]): Promise<string> {
  const dpo = await tokenFor(source, 'dpo');
  const partnerDpo = await tokenFor(partner, 'dpo');
  const draft = {
    partner: { partnerId: partner.city, name: `${partner.city} city`, kind: 'city' },
    topics,
    purposes: ['aiTraining', 'aiValidation'],
    partnerRetentionDays: 30,
    validity: { validFrom: '2026-01-01T00:00:00Z', validUntil: null },
  };
  const drafted = await expectStatus(ledgerCall(base, 'POST', '/v1/agreements', dpo, draft), 201, 'draft the agreement');
  const id = ((await drafted.json()) as { aggregateId: string }).aggregateId;
  await expectStatus(ledgerCall(base, 'POST', `/v1/agreements/${id}/propose`, dpo), 201, 'propose');
  await waitFor(async () => (await ledgerCall(base, 'GET', `/v1/agreements/${id}`, partnerDpo)).status === 200, { timeoutMs: 30_000, description: 'the agreement in the read model' });
  await expectStatus(ledgerCall(base, 'POST', `/v1/agreements/${id}/sign`, dpo), 201, 'city signature');
  await expectStatus(ledgerCall(base, 'POST', `/v1/agreements/${id}/sign`, partnerDpo), 201, 'partner signature');
  await expectStatus(ledgerCall(base, 'POST', `/v1/agreements/${id}/activate`, dpo), 201, 'activate');
  return id;
}

/** Grants a subject's consent for a purpose at the consent desk. */
export async function grantConsent(base: string, city: CityStack, subjectId: string, purpose: string): Promise<void> {
  const body = { scope: { sourceKinds: ['citizenReport', 'cctvAnalytics'], categories: ['traffic'] }, noticeVersion: 'v1', legalBasis: 'consent' };
  await expectStatus(ledgerCall(base, 'POST', `/v1/consents/${encodeURIComponent(subjectId)}/${purpose}/grant`, await tokenFor(city, 'consent-desk'), body), 201, 'grant consent');
}

/** Revokes it, as the subject asks the desk to; resolves when the ledger accepted the command. */
export async function revokeConsent(base: string, city: CityStack, subjectId: string, purpose: string): Promise<void> {
  await expectStatus(ledgerCall(base, 'POST', `/v1/consents/${encodeURIComponent(subjectId)}/${purpose}/revoke`, await tokenFor(city, 'consent-desk'), { reasonCode: 'subjectRequest' }), 201, 'revoke consent');
}
