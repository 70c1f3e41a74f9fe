import type { Reservation } from '../reservation/reservation';
import type { ApplicationTerms, DemonstrationEvidence } from './application.model';

/**
 * A rolling application's lifecycle: applied → screening → approved | rejected → scheduled → running → completed,
 * or withdrawn by the company at any step before it ends.
 */
export type ApplicationState =
  | { readonly status: 'none' }
  | { readonly status: 'applied' | 'screening' | 'approved'; readonly terms: ApplicationTerms }
  | { readonly status: 'rejected'; readonly terms: ApplicationTerms; readonly reasons: readonly string[] }
  | { readonly status: 'scheduled' | 'running'; readonly terms: ApplicationTerms; readonly reservations: readonly Reservation[] }
  | {
      readonly status: 'completed';
      readonly terms: ApplicationTerms;
      readonly reservations: readonly Reservation[];
      readonly evidence: DemonstrationEvidence;
    }
  | { readonly status: 'withdrawn'; readonly terms: ApplicationTerms; readonly reason: string };

export type ApplicationStatus = ApplicationState['status'];
