import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { siteDecider } from './site.decider';
import { SiteErrorCode } from './site.errors';
import { foldEvents } from '@usm/event-sourcing';
import {
  changeStatusCommand,
  profile,
  registerCommand,
  registered,
  retireCommand,
  retired,
  statusChanged,
  t0,
} from './site.spec-fixtures';

const spec = DeciderSpecification.for(siteDecider);
const later = t0 + 3_600_000;

describe('Site decider: RegisterSite', () => {
  it('given no site, when registered, then SiteRegistered with its resolution-10 H3 cell', () => {
    spec.given([]).when(registerCommand()).then([registered()]);
  });

  it('given no site, when registered under maintenance, then it starts under maintenance', () => {
    spec.given([]).when(registerCommand({ status: 'underMaintenance' })).then([registered('underMaintenance')]);
  });

  it('given a registered site, when the same profile is registered again, then nothing happens', () => {
    spec.given([registered(), statusChanged('available', 'underMaintenance')]).when(registerCommand({}, later)).then([]);
  });

  it('given a registered site, when another profile is registered under its id, then refused', () => {
    spec
      .given([registered()])
      .when(registerCommand({ name: 'another name' }))
      .thenThrows(RuleViolationError, SiteErrorCode.AlreadyRegistered);
  });

  it.each([
    ['lat out of range', { location: { lat: 95, lng: 126.9 } }, 'lat.range'],
    ['lng not a number', { location: { lat: 35, lng: Number.NaN } }, 'lng.range'],
    ['an unknown type', { type: 'volcano' as never }, 'type.enum'],
    ['a city id with capitals', { city: 'Gwangju' }, 'city.format'],
    ['no district', { district: ' ' }, 'district.required'],
    ['an unknown network', { infrastructure: { ...profile.infrastructure, network: 'wifi' as never } }, 'network.enum'],
  ])('given no site, when registered with %s, then a ValidationError naming the rule', (_what, overrides, rule) => {
    spec.given([]).when(registerCommand(overrides)).thenThrows(ValidationError, SiteErrorCode.Invalid);
    expect(() => siteDecider.decide(registerCommand(overrides), siteDecider.initialState())).toThrow(expect.objectContaining({ details: expect.objectContaining({ rule }) }));
  });
});

describe('Site decider: ChangeSiteStatus', () => {
  it('given an available site, when put under maintenance, then SiteStatusChanged', () => {
    spec.given([registered()]).when(changeStatusCommand('underMaintenance', later)).then([statusChanged('available', 'underMaintenance', later)]);
  });

  it('given a site under maintenance, when made available, then SiteStatusChanged back', () => {
    spec
      .given([registered(), statusChanged('available', 'underMaintenance')])
      .when(changeStatusCommand('available', later))
      .then([statusChanged('underMaintenance', 'available', later)]);
  });

  it('given an available site, when made available, then nothing happens', () => {
    spec.given([registered()]).when(changeStatusCommand('available')).then([]);
  });

  it('given no site, when its status changes, then not found', () => {
    spec.given([]).when(changeStatusCommand('underMaintenance')).thenThrows(NotFoundError, SiteErrorCode.NotFound);
  });

  it('given a retired site, when its status changes, then refused', () => {
    spec.given([registered(), retired()]).when(changeStatusCommand('available')).thenThrows(RuleViolationError, SiteErrorCode.Retired);
  });

  it('given a site, when its status changes without a reason, then refused', () => {
    spec.given([registered()]).when(changeStatusCommand('underMaintenance', t0, '')).thenThrows(RuleViolationError, SiteErrorCode.ReasonRequired);
  });
});

describe('Site decider: RetireSite', () => {
  it('given a live site, when retired, then SiteRetired', () => {
    spec.given([registered('underMaintenance')]).when(retireCommand(later)).then([retired(later)]);
  });

  it('given a retired site, when retired again, then refused', () => {
    spec.given([registered(), retired()]).when(retireCommand()).thenThrows(RuleViolationError, SiteErrorCode.Retired);
  });

  it('given no site, when retired, then not found', () => {
    spec.given([]).when(retireCommand()).thenThrows(NotFoundError, SiteErrorCode.NotFound);
  });
});

describe('Site evolve', () => {
  it('ignores events that do not fit: a status change before registration, a second registration', () => {
    expect(foldEvents(siteDecider, [statusChanged('available', 'underMaintenance')])).toEqual({ status: 'none' });
    const state = foldEvents(siteDecider, [registered(), registered('underMaintenance'), retired(), statusChanged('available', 'underMaintenance')]);
    expect(state).toEqual({ status: 'retired', site: expect.objectContaining({ status: 'retired', siteId: profile.siteId }) });
  });
});
