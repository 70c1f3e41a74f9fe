import type { ChangeSiteStatus, RegisterSite, RetireSite } from './site.commands';
import type { SiteRegistered, SiteRetired, SiteStatusChanged } from './site.events';
import type { SiteProfile, SiteStatus } from './site.model';

/** A school gate in Buk-gu, Gwangju; its resolution-10 H3 cell as h3-js gives it. */
export const t0 = Date.UTC(2026, 2, 2);
export const profile: SiteProfile = {
  siteId: 'gwangju-buk-0001',
  city: 'gwangju',
  district: 'Buk-gu',
  type: 'schoolZone',
  name: 'Buk-gu school zone 1',
  location: { lat: 35.174, lng: 126.912 },
  infrastructure: { power: true, network: 'lte', mounting: 'pole' },
};
export const cell = '8a30c6ad8547fff';

const at = (now: number, commandId = 'cmd-1') => ({ commandId, now: new Date(now), actor: 'site-officer-1' });

export const registerCommand = (overrides: Partial<RegisterSite['data']> = {}, now = t0): RegisterSite => ({
  type: 'RegisterSite',
  data: { ...profile, status: 'available', ...overrides },
  metadata: at(now),
});
export const changeStatusCommand = (status: SiteStatus, now = t0, reason = 'pole repainted'): ChangeSiteStatus => ({
  type: 'ChangeSiteStatus',
  data: { siteId: profile.siteId, status, reason },
  metadata: at(now, 'cmd-status'),
});
export const retireCommand = (now = t0, reason = 'road rebuilt'): RetireSite => ({
  type: 'RetireSite',
  data: { siteId: profile.siteId, reason },
  metadata: at(now, 'cmd-retire'),
});

export const registered = (status: SiteStatus = 'available', registeredAt = t0): SiteRegistered => ({
  type: 'SiteRegistered',
  data: { ...profile, h3Cell: cell, status, registeredAt },
});
export const statusChanged = (from: SiteStatus, to: SiteStatus, changedAt = t0): SiteStatusChanged => ({
  type: 'SiteStatusChanged',
  data: { siteId: profile.siteId, from, to, reason: 'pole repainted', changedAt },
});
export const retired = (retiredAt = t0): SiteRetired => ({ type: 'SiteRetired', data: { siteId: profile.siteId, reason: 'road rebuilt', retiredAt } });
