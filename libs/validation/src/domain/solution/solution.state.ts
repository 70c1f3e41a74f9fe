import type { SolutionProfile, SolutionVersion } from './solution.model';

/** A solution: not registered, or registered with its versions (a withdrawn version stays, marked). */
export type SolutionState =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly profile: SolutionProfile;
      readonly versions: readonly (SolutionVersion & { readonly withdrawn: boolean })[];
    };
