import type { AnnotationAnswer } from '../annotation/annotation-task.events';
import type { KappaResult } from './cohens-kappa';
import { cohensKappa } from './cohens-kappa';
import { fleissKappa } from './fleiss-kappa';

/** The agreement of a label set's completed tasks and the statistic used. */
export interface LabelSetAgreement extends KappaResult {
  readonly method: 'cohen' | 'fleiss';
  readonly subjects: number;
  readonly ratersPerSubject: number;
}

/**
 * Cohen's kappa when the same two annotators answered every task (it models each rater's own label shares);
 * Fleiss' kappa otherwise (any raters, the same number per task). Fewer than 2 answers per task is refused.
 */
export function labelSetAgreement(tasks: readonly { readonly answers: readonly AnnotationAnswer[] }[]): LabelSetAgreement {
  const pairs = tasks.map((task) => [...task.answers].sort((x, y) => (x.annotator < y.annotator ? -1 : 1)));
  const first = pairs[0];
  const samePair =
    first !== undefined &&
    first.length === 2 &&
    pairs.every((pair) => pair.length === 2 && pair[0]?.annotator === first[0]?.annotator && pair[1]?.annotator === first[1]?.annotator);
  if (samePair) {
    const result = cohensKappa(pairs.map((pair) => pair[0]?.label ?? ''), pairs.map((pair) => pair[1]?.label ?? ''));
    return { ...result, method: 'cohen', subjects: tasks.length, ratersPerSubject: 2 };
  }
  const result = fleissKappa(tasks.map((task) => task.answers.map((a) => a.label)));
  return { ...result, method: 'fleiss', subjects: tasks.length, ratersPerSubject: tasks[0]?.answers.length ?? 0 };
}
