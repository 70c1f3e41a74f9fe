import type { CityStack } from '@usm/testing';
import { tokenFor, waitFor } from '@usm/testing';
import { callApi, callExpecting } from './http-call';

interface ActiveRow { readonly agreementId: string; readonly partnerId: string; readonly partnerKind?: string; readonly topics: readonly string[]; readonly purposes?: readonly string[] }

/**
 * A company agreement in force between the city and `company` over `topics` for AI training and validation: reused
 * when one covers them, else drafted and proposed by the city's DPO, signed by the DPO (city) and by the company's own
 * client (partner), and activated by the DPO.
 */
export async function ensureCompanyAgreement(city: CityStack, consentUrl: string, company: string, topics: readonly string[]): Promise<{ id: string; reused: boolean }> {
  const dpo = await tokenFor(city, 'dpo');
  const active = (await (await callExpecting(consentUrl, dpo, 'GET', `/v1/agreements/active?partnerId=${company}`, 200)).json()) as ActiveRow[];
  const reusable = active.find((row) => row.partnerKind === 'company' && topics.every((t) => row.topics.includes(t)) && ['aiTraining', 'aiValidation'].every((p) => row.purposes?.includes(p) ?? false));
  if (reusable) return { id: reusable.agreementId, reused: true };
  const draft = {
    partner: { partnerId: company, name: company, kind: 'company' },
    topics,
    purposes: ['aiTraining', 'aiValidation'],
    partnerRetentionDays: 30,
    validity: { validFrom: '2026-01-01T00:00:00Z', validUntil: null },
  };
  const id = ((await (await callExpecting(consentUrl, dpo, 'POST', '/v1/agreements', 201, draft)).json()) as { aggregateId: string }).aggregateId;
  await callExpecting(consentUrl, dpo, 'POST', `/v1/agreements/${id}/propose`, 201);
  await waitFor(async () => (await callApi(consentUrl, dpo, 'GET', `/v1/agreements/${id}`)).status === 200, { timeoutMs: 60_000, description: `agreement ${id} in the ledger's read model` });
  await callExpecting(consentUrl, dpo, 'POST', `/v1/agreements/${id}/sign`, 201);
  await callExpecting(consentUrl, await tokenFor(city, company), 'POST', `/v1/agreements/${id}/sign`, 201);
  await callExpecting(consentUrl, dpo, 'POST', `/v1/agreements/${id}/activate`, 201);
  return { id, reused: false };
}
