import type { ConsentScope, DataPurpose, LegalBasis } from '@usm/contracts';
import { foldEvents } from '@usm/event-sourcing';
import type { ConsentCurrentRow } from './consent-current.projection';
import type { ConsentHistoryRow } from './consent-history.projection';
import { consentDecider } from './consent.decider';
import { hasLapsed } from './consent.state';

/** A subject's consent for one purpose at an instant, as queries answer it. */
export interface ConsentView {
  readonly subjectId: string;
  readonly purpose: DataPurpose;
  /** `expired` also when the expiry passed but the scheduler has not recorded it yet. */
  readonly status: 'none' | 'granted' | 'revoked' | 'expired';
  readonly legalBasis: LegalBasis | null;
  readonly scope: ConsentScope | null;
  readonly expiresAt: Date | null;
  /** Stream version the answer reflects (0 when nothing was recorded). */
  readonly version: number;
  readonly at: Date;
}

const noConsent = (subjectId: string, purpose: DataPurpose, at: Date): ConsentView => ({
  subjectId,
  purpose,
  status: 'none',
  legalBasis: null,
  scope: null,
  expiresAt: null,
  version: 0,
  at,
});

/** The view of a `consent_current` row at `at` (normally now). */
export function viewOfCurrent(subjectId: string, purpose: DataPurpose, row: ConsentCurrentRow | null, at: Date): ConsentView {
  if (row === null) return noConsent(subjectId, purpose, at);
  const lapsed = row.status === 'granted' && hasLapsed(row.expiresAt?.getTime() ?? null, at.getTime());
  const { legalBasis, scope, expiresAt, version } = row;
  return { subjectId, purpose, status: lapsed ? 'expired' : row.status, legalBasis, scope, expiresAt, version, at };
}

/** The view at a past instant: folds the history rows that had taken effect by `at`, in stream order. */
export function viewAsOf(subjectId: string, purpose: DataPurpose, rows: readonly ConsentHistoryRow[], at: Date): ConsentView {
  const effective = rows.filter((row) => row.effectiveAt.getTime() <= at.getTime()).sort((a, b) => a.version - b.version);
  const state = foldEvents(consentDecider, effective.map((row) => row.event));
  const version = effective.at(-1)?.version ?? 0;
  if (state.status === 'none') return { ...noConsent(subjectId, purpose, at), version };
  const { legalBasis, scope, expiresAt } = state.terms;
  const lapsed = state.status === 'granted' && hasLapsed(expiresAt, at.getTime());
  const status = lapsed ? 'expired' : state.status;
  return { subjectId, purpose, status, legalBasis, scope, expiresAt: expiresAt === null ? null : new Date(expiresAt), version, at };
}
