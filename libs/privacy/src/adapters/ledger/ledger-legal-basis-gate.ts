import { ContractError, InfrastructureError } from '@usm/errors';
import type { LegalBasisGate, LegalBasisGateContext } from '../../application/ports';
import type { LegalBasis } from '../../domain/contract/safety-event-enums';
import type { GatedPurpose } from '../../domain/release/gated-purpose';
import { ledgerGateErrorCodes } from './ledger-gate-error-codes';
import { ledgerGateQuery, ledgerPurposeOf } from './ledger-gate-query';

/** Where the consent service listens and how long one question may take. */
export interface LedgerGateOptions {
  /** Base URL of the consent service, e.g. `http://127.0.0.1:3002`. */
  readonly url: string;
  readonly timeoutMs: number;
  /** Bearer token of the privacy service's client (client credentials); absent only with an insecure ledger. */
  readonly accessToken?: () => Promise<string>;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
}

/**
 * The legal-basis gate answered by the consent ledger (`GET /v1/legal-basis/allows`), per subject. An
 * unknown answer is never a no or a yes: an unreachable ledger is a retriable InfrastructureError, so
 * the transactional processor aborts the chunk and reads it again; nothing is emitted meanwhile.
 */
export class LedgerLegalBasisGate implements LegalBasisGate {
  private readonly endpoint: string;
  private readonly fetch: typeof fetch;
  private readonly now: () => Date;

  constructor(private readonly options: LedgerGateOptions) {
    this.endpoint = `${options.url.replace(/\/+$/, '')}/v1/legal-basis/allows`;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? (() => new Date());
  }

  async allows(basis: LegalBasis, purpose: GatedPurpose, context: LegalBasisGateContext): Promise<boolean> {
    // Details name the basis and purpose only: the subject is pseudonymous, but logs need not carry it.
    const details = { basis, purpose: ledgerPurposeOf[purpose] };
    const query = ledgerGateQuery(basis, purpose, context, this.now());
    let response: Response;
    try {
      const headers: Record<string, string> = this.options.accessToken ? { authorization: `Bearer ${await this.options.accessToken()}` } : {};
      response = await this.fetch(`${this.endpoint}?${query.toString()}`, { headers, signal: AbortSignal.timeout(this.options.timeoutMs) });
    } catch (cause) {
      throw new InfrastructureError(ledgerGateErrorCodes.unavailable, `the consent ledger did not answer within ${this.options.timeoutMs} ms`, { cause, details });
    }
    if (response.status === 400) {
      throw new ContractError(ledgerGateErrorCodes.questionRefused, 'the consent ledger refused the legal-basis question (400)', { details });
    }
    if (response.status === 503 && (await codeOf(response)) === ledgerUnknownCode) {
      throw new InfrastructureError(ledgerGateErrorCodes.answerUnknown, 'the consent ledger cannot be sure of its answer now', { details });
    }
    if (!response.ok) throw new InfrastructureError(ledgerGateErrorCodes.unavailable, `the consent ledger answered ${response.status}`, { details });
    return allowedIn(await response.json().catch(() => undefined), details);
  }
}

/** The consent service's code for "cannot be sure now" (ADR 0008). */
const ledgerUnknownCode = 'CONSENT.LEGAL_BASIS_UNKNOWN';

async function codeOf(response: Response): Promise<unknown> {
  const body = (await response.json().catch(() => undefined)) as { code?: unknown } | undefined;
  return body?.code;
}

function allowedIn(body: unknown, details: Record<string, string>): boolean {
  const allowed = (body as { allowed?: unknown } | undefined)?.allowed;
  if (typeof allowed !== 'boolean') throw new InfrastructureError(ledgerGateErrorCodes.unavailable, 'the consent ledger answered without a boolean `allowed`', { details });
  return allowed;
}
