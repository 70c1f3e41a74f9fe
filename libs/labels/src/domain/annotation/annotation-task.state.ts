import type { AnnotationAnswer, AnnotationTaskOpened } from './annotation-task.events';

export type AnnotationTaskSpec = Omit<AnnotationTaskOpened['data'], 'openedAt'>;

/** A task: not opened, open (handing out and taking answers), or completed once enough answers came in. */
export type AnnotationTaskState =
  | { readonly status: 'none' }
  | { readonly status: 'open'; readonly spec: AnnotationTaskSpec; readonly assigned: readonly string[]; readonly answers: readonly AnnotationAnswer[] }
  | { readonly status: 'completed'; readonly spec: AnnotationTaskSpec; readonly assigned: readonly string[]; readonly answers: readonly AnnotationAnswer[] };
