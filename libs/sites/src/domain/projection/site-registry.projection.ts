import type { SiteEvent } from '../site/site.events';
import type { SiteView } from '../site/site.model';

/** A row of the site registry read model: the site as queried (retired sites stay, with that status). */
export type SiteRegistryRow = SiteView;

/** Folds one site event into its registry row; an event that does not fit leaves the row as it was. */
export function evolveSiteRegistryRow(row: SiteRegistryRow | null, event: SiteEvent): SiteRegistryRow | null {
  switch (event.type) {
    case 'SiteRegistered': {
      if (row !== null) return row;
      const { registeredAt: _registeredAt, ...site } = event.data;
      return site;
    }
    case 'SiteStatusChanged':
      return row === null || row.status === 'retired' ? row : { ...row, status: event.data.to };
    case 'SiteRetired':
      return row === null ? row : { ...row, status: 'retired' };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}
