import type { DomainEvent } from '@usm/event-sourcing';
import type { SolutionProfile, SolutionVersion } from './solution.model';

type Key = { readonly solutionId: string };

export type SolutionRegistered = DomainEvent<'SolutionRegistered', SolutionProfile & { readonly registeredAt: number }>;
export type SolutionVersionPublished = DomainEvent<'SolutionVersionPublished', Key & SolutionVersion & { readonly publishedAt: number }>;
export type SolutionVersionWithdrawn = DomainEvent<
  'SolutionVersionWithdrawn',
  Key & { readonly version: string; readonly reason: string; readonly withdrawnAt: number }
>;
export type SolutionEvent = SolutionRegistered | SolutionVersionPublished | SolutionVersionWithdrawn;
