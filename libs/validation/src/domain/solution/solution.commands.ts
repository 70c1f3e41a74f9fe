import type { DomainCommand } from '@usm/event-sourcing';
import type { SolutionProfile, SolutionVersion } from './solution.model';

type Key = { readonly solutionId: string };

export type RegisterSolution = DomainCommand<'RegisterSolution', SolutionProfile>;
export type PublishSolutionVersion = DomainCommand<'PublishSolutionVersion', Key & SolutionVersion>;
export type WithdrawSolutionVersion = DomainCommand<'WithdrawSolutionVersion', Key & { readonly version: string; readonly reason: string }>;
export type SolutionCommand = RegisterSolution | PublishSolutionVersion | WithdrawSolutionVersion;
