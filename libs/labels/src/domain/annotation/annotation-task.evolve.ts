import type { AnnotationTaskEvent } from './annotation-task.events';
import type { AnnotationTaskState } from './annotation-task.state';

export const initialAnnotationTaskState = (): AnnotationTaskState => ({ status: 'none' });

/** Folds one task event into the state; an event that does not fit is ignored, never thrown. */
export function evolveAnnotationTask(state: AnnotationTaskState, event: AnnotationTaskEvent): AnnotationTaskState {
  switch (event.type) {
    case 'AnnotationTaskOpened': {
      if (state.status !== 'none') return state;
      const { openedAt: _openedAt, ...spec } = event.data;
      return { status: 'open', spec, assigned: [], answers: [] };
    }
    case 'AnnotationTaskAssigned':
      return state.status === 'open' ? { ...state, assigned: [...state.assigned, event.data.annotator] } : state;
    case 'AnnotationTaskAnswered': {
      if (state.status !== 'open') return state;
      const { annotator, label, answeredAt } = event.data;
      return { ...state, answers: [...state.answers, { annotator, label, answeredAt }] };
    }
    case 'AnnotationTaskCompleted':
      return state.status === 'open' ? { ...state, status: 'completed' } : state;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
