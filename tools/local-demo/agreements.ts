import type { CityStack } from '@usm/testing';
import { tokenFor, waitFor } from '@usm/testing';
import type { ActiveAgreementRow, NeededAgreement } from './agreement-plan';
import { agreementDraft, reusableAgreement } from './agreement-plan';
import { callApi, callExpecting } from './http-call';

/**
 * An agreement in force for `need`, through the source city's consent API with real tokens: reused when one covers the
 * topics, else drafted and proposed by the source's DPO, signed by both DPOs (the partner with its own realm's token)
 * and activated. Returns its id and whether it was reused.
 */
export async function ensureAgreement(need: NeededAgreement, consentUrl: string, stacks: Readonly<Record<string, CityStack>>, topics: readonly string[]): Promise<{ id: string; reused: boolean }> {
  const source = stacks[need.source] as CityStack;
  const partner = stacks[need.partner] as CityStack;
  const dpo = await tokenFor(source, 'dpo');
  const active = (await (await callExpecting(consentUrl, dpo, 'GET', `/v1/agreements/active?partnerId=${need.partner}`, 200)).json()) as ActiveAgreementRow[];
  const reused = reusableAgreement(active, need.partner, topics);
  if (reused) return { id: reused.agreementId, reused: true };
  const partnerDpo = await tokenFor(partner, 'dpo');
  const drafted = await callExpecting(consentUrl, dpo, 'POST', '/v1/agreements', 201, agreementDraft(need.partner, topics, '2026-01-01T00:00:00Z'));
  const id = ((await drafted.json()) as { aggregateId: string }).aggregateId;
  await callExpecting(consentUrl, dpo, 'POST', `/v1/agreements/${id}/propose`, 201);
  await waitFor(async () => (await callApi(consentUrl, partnerDpo, 'GET', `/v1/agreements/${id}`)).status === 200, { timeoutMs: 60_000, description: `agreement ${id} in ${need.source}'s read model` });
  await callExpecting(consentUrl, dpo, 'POST', `/v1/agreements/${id}/sign`, 201);
  await callExpecting(consentUrl, partnerDpo, 'POST', `/v1/agreements/${id}/sign`, 201);
  await callExpecting(consentUrl, dpo, 'POST', `/v1/agreements/${id}/activate`, 201);
  return { id, reused: false };
}
