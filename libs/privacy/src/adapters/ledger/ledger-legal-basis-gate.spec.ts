import { ContractError, InfrastructureError } from '@usm/errors';
import type { LegalBasisGateContext } from '../../application/ports';
import { LedgerLegalBasisGate } from './ledger-legal-basis-gate';

const at = new Date('2026-11-21T09:00:00Z');
const context: LegalBasisGateContext = { city: 'incheon', eventId: 'e-1', sourceKind: 'citizenReport', reporterPseudonym: 'hmac-sha256:k1:abc_-9' };
const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function gateWith(fake: (url: string, init?: RequestInit) => Promise<Response>, timeoutMs = 500) {
  const calls: URL[] = [];
  const fetch = (async (input: string, init?: RequestInit) => (calls.push(new URL(input)), fake(input, init))) as typeof globalThis.fetch;
  return { gate: new LedgerLegalBasisGate({ url: 'http://consent.test:3002/', timeoutMs, fetch, now: () => at }), calls };
}

describe('LedgerLegalBasisGate', () => {
  it.each([
    ['ai-training', 'aiTraining'],
    ['cross-border-sharing', 'crossBorderSharing'],
  ] as const)('asks the ledger about %s as %s for the reporter pseudonym, at the instant of release', async (purpose, ledgerPurpose) => {
    const { gate, calls } = gateWith(async () => answer(200, { allowed: true }));
    await expect(gate.allows('consent', purpose, context)).resolves.toBe(true);
    expect(calls[0]?.origin + (calls[0]?.pathname ?? '')).toBe('http://consent.test:3002/v1/legal-basis/allows');
    expect(Object.fromEntries(calls[0]?.searchParams ?? [])).toEqual({
      subjectId: 'hmac-sha256:k1:abc_-9',
      legalBasis: 'consent',
      purpose: ledgerPurpose,
      at: '2026-11-21T09:00:00.000Z',
      sourceKind: 'citizenReport',
    });
  });

  it('leaves the subject out for an event without a reporter, and passes on a refusal', async () => {
    const { gate, calls } = gateWith(async () => answer(200, { allowed: false }));
    await expect(gate.allows('statute', 'ai-training', { ...context, reporterPseudonym: null })).resolves.toBe(false);
    expect(calls[0]?.searchParams.has('subjectId')).toBe(false);
  });

  it('turns a ledger that does not answer in time into a retriable InfrastructureError', async () => {
    const hang = (_: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const { gate } = gateWith(hang, 20);
    const failure = gate.allows('consent', 'ai-training', context);
    await expect(failure).rejects.toBeInstanceOf(InfrastructureError);
    await expect(failure).rejects.toMatchObject({ code: 'PRIVACY.LEDGER_UNAVAILABLE', retriable: true, details: { purpose: 'aiTraining' } });
  });

  it.each([
    ['a refused connection', async () => Promise.reject(new TypeError('fetch failed'))],
    ['a 503', async () => answer(503, { error: 'down' })],
    ['a 404 (wrong URL)', async () => answer(404, {})],
    ['a body without allowed', async () => answer(200, { allowed: 'yes' })],
    ['a body that is not JSON', async () => new Response('<html>', { status: 200 })],
  ])('turns %s into a retriable InfrastructureError, never an answer', async (_, fake) => {
    const { gate } = gateWith(fake);
    await expect(gate.allows('consent', 'cross-border-sharing', context)).rejects.toMatchObject({ code: 'PRIVACY.LEDGER_UNAVAILABLE', retriable: true });
  });

  it('turns a 503 CONSENT.LEGAL_BASIS_UNKNOWN into a retriable PRIVACY.LEDGER_ANSWER_UNKNOWN, never an answer', async () => {
    const { gate } = gateWith(async () => answer(503, { code: 'CONSENT.LEGAL_BASIS_UNKNOWN', message: 'ask again later' }));
    const failure = gate.allows('consent', 'ai-training', context);
    await expect(failure).rejects.toBeInstanceOf(InfrastructureError);
    await expect(failure).rejects.toMatchObject({ code: 'PRIVACY.LEDGER_ANSWER_UNKNOWN', retriable: true });
  });

  it('turns a refused question (400) into a non-retriable ContractError, which dead-letters the record', async () => {
    const { gate } = gateWith(async () => answer(400, { violations: [] }));
    const failure = gate.allows('consent', 'ai-training', context);
    await expect(failure).rejects.toBeInstanceOf(ContractError);
    await expect(failure).rejects.toMatchObject({ code: 'PRIVACY.LEDGER_QUESTION_REFUSED', retriable: false });
  });

  it('never puts the subject in an error', async () => {
    const { gate } = gateWith(async () => answer(503, {}));
    const error = await gate.allows('consent', 'ai-training', context).catch((caught: unknown) => caught);
    expect(JSON.stringify(error)).not.toContain('abc_-9');
    expect((error as Error).message).not.toContain('abc_-9');
  });
});
