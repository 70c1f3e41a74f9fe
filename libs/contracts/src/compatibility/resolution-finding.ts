/** What stops a reader schema from reading data written with a writer schema, independent of direction. */
export type ResolutionFindingKind =
  | 'reader field missing from writer'
  | 'writer symbol unknown to reader'
  | 'writer branch unknown to reader'
  | 'type changed'
  | 'named type renamed'
  | 'fixed size changed';

export interface ResolutionFinding {
  readonly path: string;
  readonly kind: ResolutionFindingKind;
  readonly detail: string;
}
