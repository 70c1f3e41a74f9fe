import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { applicationDecider } from './application.decider';
import { ApplicationErrorCode } from './application.errors';
import type { ApplicationCommand } from './application.commands';
import type { ApplicationEvent } from './application.events';
import type { HistoryName } from './application.spec-fixtures';
import {
  applicationId,
  applyCommand,
  approved,
  command,
  completed,
  histories,
  rejected,
  reservation1,
  reservation2,
  reservations,
  scheduled,
  screening,
  started,
  submitted,
  t0,
  terms,
} from './application.spec-fixtures';

const spec = DeciderSpecification.for(applicationDecider);
const inApril = terms.period.start + 1000;

describe('Application decider: the happy path', () => {
  it('given nothing, when a company applies, then ApplicationSubmitted', () => {
    spec.given([]).when(applyCommand()).then([submitted]);
  });
  it('given an application, when the same terms are resubmitted, then nothing happens', () => {
    spec.given([submitted]).when(applyCommand()).then([]);
  });
  it('given an application, when other terms are submitted under its id, then refused', () => {
    spec.given([submitted]).when(applyCommand({ siteIds: ['gwangju-buk-0009'] })).thenThrows(RuleViolationError, ApplicationErrorCode.AlreadySubmitted);
  });
  it('given an application, when screening starts, then the screener is the actor', () => {
    spec.given([submitted]).when(command('StartScreening', {})).then([screening]);
  });
  it('given screening, when approved, then ApplicationApproved', () => {
    spec.given(histories.screening).when(command('ApproveApplication', {})).then([approved]);
  });
  it('given screening, when rejected with reasons, then ApplicationRejected keeping the non-blank reasons', () => {
    spec.given(histories.screening).when(command('RejectApplication', { reasons: ['no model card', ' '] })).then([rejected]);
  });
  it('given approval, when the calendars accepted one reservation per site, then ApplicationScheduled', () => {
    spec.given(histories.approved).when(command('ScheduleApplication', { reservations })).then([scheduled]);
  });
  it('given a schedule, when the period starts, then DemonstrationStarted', () => {
    spec.given(histories.scheduled).when(command('StartDemonstration', {}, terms.period.start)).then([started]);
  });
  it('given a running demonstration, when completed, then it links the releases and results it used', () => {
    const evidence = { releaseIds: ['rel-1'], resultIds: ['res-x'] };
    spec.given(histories.running).when(command('CompleteDemonstration', evidence, terms.period.end)).then([completed]);
  });
  it('given a running demonstration, when withdrawn, then the reservations to release are named', () => {
    spec
      .given(histories.running)
      .when(command('WithdrawApplication', { reason: 'sensor fault' }, inApril))
      .then([{ type: 'ApplicationWithdrawn', data: { applicationId, reason: 'sensor fault', releasedReservations: reservations, withdrawnAt: inApril } }]);
  });
});

describe('Application decider: refusals', () => {
  it.each([
    ['no sites', { siteIds: [] }, 'siteIds.nonEmpty'],
    ['a site twice', { siteIds: ['a', 'a'] }, 'siteIds.unique'],
    ['a period ending before it starts', { period: { start: t0, end: t0 - 1 } }, 'period.endAfterStart'],
    ['no company', { companyId: '' }, 'companyId.required'],
  ])('given nothing, when applying with %s, then a ValidationError naming the rule', (_what, overrides, rule) => {
    spec.given([]).when(applyCommand(overrides)).thenThrows(ValidationError, ApplicationErrorCode.Invalid);
    expect(() => applicationDecider.decide(applyCommand(overrides), applicationDecider.initialState())).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ rule }) }),
    );
  });

  it('given screening, when rejected with no reason, then a ValidationError', () => {
    spec.given(histories.screening).when(command('RejectApplication', { reasons: [''] })).thenThrows(ValidationError, ApplicationErrorCode.Invalid);
  });

  it.each([
    ['a site left out', reservations.slice(0, 1), 'reservations.coverSites'],
    ['a reservation of another application', [...reservations, { ...reservation1, reservationId: 'res-9', applicationId: 'app-other' }], 'reservations.ofApplication'],
    ['two reservations of one site', [...reservations, { ...reservation1, reservationId: 'res-9' }], 'reservations.onePerSite'],
    ['a reservation outside the period', [reservation1, { ...reservation2, period: { start: terms.period.start, end: terms.period.end + 1 } }], 'reservations.withinPeriod'],
  ])('given approval, when scheduled with %s, then refused naming the rule', (_what, given, rule) => {
    const when = command('ScheduleApplication', { reservations: given });
    spec.given(histories.approved).when(when).thenThrows(RuleViolationError, ApplicationErrorCode.ReservationsMismatch);
    expect(() => applicationDecider.decide(when, histories.approved.reduce(applicationDecider.evolve, applicationDecider.initialState()))).toThrow(
      expect.objectContaining({ details: { rule } }),
    );
  });

  it('given a schedule, when started before the period, then refused as not yet due', () => {
    spec.given(histories.scheduled).when(command('StartDemonstration', {}, terms.period.start - 1)).thenThrows(RuleViolationError, ApplicationErrorCode.NotYetDue);
  });
});

const commands = {
  StartScreening: command('StartScreening', {}),
  ApproveApplication: command('ApproveApplication', {}),
  RejectApplication: command('RejectApplication', { reasons: ['x'] }),
  ScheduleApplication: command('ScheduleApplication', { reservations }),
  StartDemonstration: command('StartDemonstration', {}, inApril),
  CompleteDemonstration: command('CompleteDemonstration', { releaseIds: [], resultIds: [] }),
  WithdrawApplication: command('WithdrawApplication', { reason: 'x' }),
} satisfies Record<string, ApplicationCommand>;
const allowed: Record<keyof typeof commands, readonly HistoryName[]> = {
  StartScreening: ['applied'],
  ApproveApplication: ['screening'],
  RejectApplication: ['applied', 'screening'],
  ScheduleApplication: ['approved'],
  StartDemonstration: ['scheduled'],
  CompleteDemonstration: ['running'],
  WithdrawApplication: ['applied', 'screening', 'approved', 'scheduled', 'running'],
};
const table = (Object.keys(commands) as (keyof typeof commands)[]).flatMap((name) =>
  (Object.keys(histories) as HistoryName[]).map((status) => [name, status] as const),
);

describe('Application decider: every command against every status', () => {
  it.each(table)('%s on an application %s', (name, status) => {
    const history: readonly ApplicationEvent[] = histories[status];
    const when = spec.given(history).when(commands[name]);
    if (status === 'none') when.thenThrows(NotFoundError, ApplicationErrorCode.NotFound);
    else if (!allowed[name].includes(status)) when.thenThrows(RuleViolationError, ApplicationErrorCode.WrongStatus);
    else expect(applicationDecider.decide(commands[name], history.reduce(applicationDecider.evolve, applicationDecider.initialState()))).toHaveLength(1);
  });
});
