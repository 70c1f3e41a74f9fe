import type { ReleaseEvent } from './release.events';
import type { ReleaseState } from './release.state';

export const initialReleaseState = (): ReleaseState => ({ status: 'none' });

/** Folds one release event; an event that does not fit the state is ignored, never thrown. */
export function evolveRelease(state: ReleaseState, event: ReleaseEvent): ReleaseState {
  switch (event.type) {
    case 'ReleaseRequested': {
      const { releaseId, definitionId, definitionVersion, version, city, supersedes } = event.data;
      return state.status === 'none' ? { status: 'requested', release: { releaseId, definitionId, definitionVersion, version, city, supersedes } } : state;
    }
    case 'ReleaseBuilt': {
      const { files, report, checksum } = event.data;
      return state.status === 'requested' ? { status: 'built', release: { ...state.release, files, report, checksum } } : state;
    }
    case 'ReleaseRefused':
      return state.status === 'requested' ? { status: 'refused', release: state.release } : state;
    case 'ReleasePublished':
      return state.status === 'built' ? { status: 'published', release: state.release, publishedAt: event.data.publishedAt } : state;
    case 'ReleaseWithdrawn':
      return state.status === 'built' || state.status === 'published'
        ? { status: 'withdrawn', release: state.release, supersededBy: event.data.supersededBy, reason: event.data.reason }
        : state;
    case 'ReleaseSuperseded':
      if (state.status === 'published') return { status: 'superseded', release: state.release, supersededBy: event.data.supersededBy, withdrawal: null };
      if (state.status === 'withdrawn') return { status: 'superseded', release: state.release, supersededBy: event.data.supersededBy, withdrawal: state.reason };
      return state;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
