import type { SiteEvent } from './site.events';
import type { SiteState } from './site.state';

export const initialSiteState = (): SiteState => ({ status: 'none' });

/** Folds one site event into the state; an event that does not fit is ignored, never thrown. */
export function evolveSite(state: SiteState, event: SiteEvent): SiteState {
  switch (event.type) {
    case 'SiteRegistered': {
      if (state.status !== 'none') return state;
      const { registeredAt: _registeredAt, ...site } = event.data;
      return { status: 'live', site };
    }
    case 'SiteStatusChanged':
      return state.status === 'live' ? { status: 'live', site: { ...state.site, status: event.data.to } } : state;
    case 'SiteRetired':
      return state.status === 'live' ? { status: 'retired', site: { ...state.site, status: 'retired' } } : state;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
