import type { CityStack } from '@usm/testing';
import { tokenFor, waitFor } from '@usm/testing';
import type { ActiveAgreementRow, NeededAgreement } from './agreement-plan';
import { agreementDraft, reusableAgreement } from './agreement-plan';

async function call(base: string, method: string, path: string, token: string, body?: unknown, expected?: number): Promise<Response> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (expected !== undefined && response.status !== expected) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

/**
 * An agreement in force for `need`, through the source city's consent API with real tokens: reused when one covers the
 * topics, else drafted and proposed by the source's DPO, signed by both DPOs (the partner with its own realm's token)
 * and activated. Returns its id and whether it was reused.
 */
export async function ensureAgreement(need: NeededAgreement, consentUrl: string, stacks: Readonly<Record<string, CityStack>>, topics: readonly string[]): Promise<{ id: string; reused: boolean }> {
  const source = stacks[need.source] as CityStack;
  const partner = stacks[need.partner] as CityStack;
  const dpo = await tokenFor(source, 'dpo');
  const active = (await (await call(consentUrl, 'GET', `/v1/agreements/active?partnerId=${need.partner}`, dpo, undefined, 200)).json()) as ActiveAgreementRow[];
  const reused = reusableAgreement(active, need.partner, topics);
  if (reused) return { id: reused.agreementId, reused: true };
  const partnerDpo = await tokenFor(partner, 'dpo');
  const drafted = await call(consentUrl, 'POST', '/v1/agreements', dpo, agreementDraft(need.partner, topics, '2026-01-01T00:00:00Z'), 201);
  const id = ((await drafted.json()) as { aggregateId: string }).aggregateId;
  await call(consentUrl, 'POST', `/v1/agreements/${id}/propose`, dpo, undefined, 201);
  await waitFor(async () => (await call(consentUrl, 'GET', `/v1/agreements/${id}`, partnerDpo)).status === 200, { timeoutMs: 60_000, description: `agreement ${id} in ${need.source}'s read model` });
  await call(consentUrl, 'POST', `/v1/agreements/${id}/sign`, dpo, undefined, 201);
  await call(consentUrl, 'POST', `/v1/agreements/${id}/sign`, partnerDpo, undefined, 201);
  await call(consentUrl, 'POST', `/v1/agreements/${id}/activate`, dpo, undefined, 201);
  return { id, reused: false };
}
