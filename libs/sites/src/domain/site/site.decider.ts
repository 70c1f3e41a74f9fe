import type { Decider } from '@usm/event-sourcing';
import type { ChangeSiteStatus, RegisterSite, RetireSite, SiteCommand } from './site.commands';
import { SiteErrorCode, siteInvalid, siteNotFound, siteRefused } from './site.errors';
import type { SiteEvent } from './site.events';
import { evolveSite, initialSiteState } from './site.evolve';
import { siteCellOf } from './site-location';
import type { SiteView } from './site.model';
import { siteProfileViolations } from './site-profile.rules';
import type { LiveSite, SiteState } from './site.state';

export const initialState = initialSiteState;
export const evolve = evolveSite;

/** Registers a site; registering the very same profile again is a no-op, another profile is refused. */
export function register(command: RegisterSite, state: SiteState): readonly SiteEvent[] {
  const { status, ...profile } = command.data;
  const violations = siteProfileViolations(profile);
  if (violations.length > 0) throw siteInvalid(violations);
  const h3Cell = siteCellOf(profile.location);
  if (state.status !== 'none') {
    if (sameProfile(state.site, { ...profile, h3Cell, status: state.site.status })) return [];
    throw siteRefused(SiteErrorCode.AlreadyRegistered, `site ${profile.siteId} is already registered with another profile`);
  }
  return [{ type: 'SiteRegistered', data: { ...profile, h3Cell, status, registeredAt: command.metadata.now.getTime() } }];
}

/** Moves a live site to another status; asking for the status it has is a no-op. */
export function changeStatus(command: ChangeSiteStatus, state: SiteState): readonly SiteEvent[] {
  const site = liveSite(state, command.data.siteId);
  const { siteId, status, reason } = command.data;
  assertReason(reason);
  if (site.status === status) return [];
  return [{ type: 'SiteStatusChanged', data: { siteId, from: site.status, to: status, reason, changedAt: command.metadata.now.getTime() } }];
}

/** Retires a live site for good. */
export function retire(command: RetireSite, state: SiteState): readonly SiteEvent[] {
  liveSite(state, command.data.siteId);
  const { siteId, reason } = command.data;
  assertReason(reason);
  return [{ type: 'SiteRetired', data: { siteId, reason, retiredAt: command.metadata.now.getTime() } }];
}

export function decide(command: SiteCommand, state: SiteState): readonly SiteEvent[] {
  switch (command.type) {
    case 'RegisterSite':
      return register(command, state);
    case 'ChangeSiteStatus':
      return changeStatus(command, state);
    case 'RetireSite':
      return retire(command, state);
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** The demonstration-site aggregate as a decider. */
export const siteDecider: Decider<SiteCommand, SiteEvent, SiteState> = { initialState, evolve, decide };

function liveSite(state: SiteState, siteId: string): LiveSite {
  switch (state.status) {
    case 'none':
      throw siteNotFound(siteId);
    case 'retired':
      throw siteRefused(SiteErrorCode.Retired, `site ${siteId} is retired`);
    case 'live':
      return state.site;
    default: {
      const unexpected: never = state;
      return unexpected;
    }
  }
}

function assertReason(reason: string): void {
  if (reason.trim() === '') throw siteRefused(SiteErrorCode.ReasonRequired, 'a status change or retirement needs a reason');
}

function sameProfile(a: SiteView, b: SiteView): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(site: SiteView): unknown[] {
  const { siteId, city, district, type, name, location, infrastructure, h3Cell } = site;
  return [siteId, city, district, type, name, location.lat, location.lng, infrastructure.power, infrastructure.network, infrastructure.mounting, h3Cell];
}
