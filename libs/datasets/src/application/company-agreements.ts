import type { AgreementEvent } from '@usm/contracts';

/** What the datasets service keeps of an agreement: enough to decide a company's download. */
export interface CompanyAgreement {
  readonly agreementId: string;
  readonly partnerId: string;
  readonly partnerKind: 'city' | 'company';
  readonly topics: readonly string[];
  readonly purposes: readonly string[];
  readonly validFrom: number;
  readonly validUntil: number | null;
  readonly status: 'drafted' | 'active' | 'suspended' | 'terminated';
}

const millis = (value: unknown): number => (value instanceof Date ? value.getTime() : Number(value));

/** Folds one `agreements.v1` event into the agreement it belongs to (pure; an event before its draft is ignored). */
export function evolveCompanyAgreement(current: CompanyAgreement | undefined, event: AgreementEvent): CompanyAgreement | undefined {
  const data = Object.values(event.data as unknown as Record<string, Record<string, unknown>>)[0] ?? {};
  switch (event.type) {
    case 'AgreementDrafted': {
      const partner = data['partner'] as { partnerId: string; kind: 'city' | 'company' };
      const validity = data['validity'] as { validFrom: unknown; validUntil: unknown };
      return {
        agreementId: String(data['agreementId']),
        partnerId: partner.partnerId,
        partnerKind: partner.kind,
        topics: [...(data['topics'] as string[])],
        purposes: [...(data['purposes'] as string[])],
        validFrom: millis(validity.validFrom),
        validUntil: validity.validUntil === null ? null : millis(validity.validUntil),
        status: 'drafted',
      };
    }
    case 'AgreementActivated':
      return current && current.status !== 'terminated' ? { ...current, status: 'active' } : current;
    case 'AgreementSuspended':
      return current && current.status !== 'terminated' ? { ...current, status: 'suspended' } : current;
    case 'AgreementTerminated':
      return current ? { ...current, status: 'terminated' } : current;
    case 'AgreementProposed':
    case 'AgreementSigned':
      return current;
    default: {
      const never: never = event.type;
      return never;
    }
  }
}

/** What a download needs covered: the release's purpose and the catalog topics it was built from. */
export interface DownloadScope {
  readonly purpose: string;
  /** Catalog names of the source topics (without a partner prefix), e.g. `safety.events.anonymised.v1`. */
  readonly topics: readonly string[];
}

/** The agreement in force that lets `company` download a release of `scope` at `now`, if any. */
export function agreementCovering(agreements: Iterable<CompanyAgreement>, company: string, scope: DownloadScope, now: number): CompanyAgreement | undefined {
  for (const a of agreements) {
    if (a.partnerKind !== 'company' || a.partnerId !== company || a.status !== 'active') continue;
    if (now < a.validFrom || (a.validUntil !== null && now >= a.validUntil)) continue;
    if (a.purposes.includes(scope.purpose) && scope.topics.every((t) => a.topics.includes(t))) return a;
  }
  return undefined;
}
