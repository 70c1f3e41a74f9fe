import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { foldEvents } from '@usm/event-sourcing';
import { DatasetsErrorCode } from '../datasets-error-codes';
import type { ReleaseCommand } from './release.commands';
import { releaseDecider } from './release.decider';
import type { Family } from './release.spec-fixtures';
import {
  built,
  builtCommand,
  histories,
  published,
  publishCommand,
  refuseCommand,
  refused,
  requestCommand,
  requested,
  superseded,
  supersedeCommand,
  withdrawCommand,
  withdrawn,
} from './release.spec-fixtures';

const spec = DeciderSpecification.for(releaseDecider);
const families = Object.keys(histories) as Family[];

/** For each command: the families it succeeds in, with the events, and the code it is refused with elsewhere. */
const matrix: { name: string; command: () => ReleaseCommand; allowed: Partial<Record<Family, readonly unknown[]>>; refusal: (f: Family) => string }[] = [
  { name: 'RequestRelease', command: () => requestCommand(), allowed: { none: [requested] }, refusal: () => DatasetsErrorCode.ReleaseExists },
  {
    name: 'RecordReleaseBuilt',
    command: builtCommand,
    allowed: { requested: [built] },
    refusal: (f) => (f === 'none' ? DatasetsErrorCode.ReleaseNotFound : f === 'refused' || f === 'superseded' ? DatasetsErrorCode.ReleaseFinal : DatasetsErrorCode.ReleaseNotRequested),
  },
  {
    name: 'RefuseRelease',
    command: refuseCommand,
    allowed: { requested: [refused] },
    refusal: (f) => (f === 'none' ? DatasetsErrorCode.ReleaseNotFound : f === 'refused' || f === 'superseded' ? DatasetsErrorCode.ReleaseFinal : DatasetsErrorCode.ReleaseNotRequested),
  },
  {
    name: 'PublishRelease',
    command: publishCommand,
    allowed: { built: [published] },
    refusal: (f) => (f === 'none' ? DatasetsErrorCode.ReleaseNotFound : f === 'refused' || f === 'superseded' ? DatasetsErrorCode.ReleaseFinal : DatasetsErrorCode.ReleaseNotBuilt),
  },
  {
    name: 'WithdrawRelease',
    command: () => withdrawCommand(),
    allowed: { built: [withdrawn], published: [withdrawn] },
    refusal: (f) => (f === 'none' ? DatasetsErrorCode.ReleaseNotFound : DatasetsErrorCode.ReleaseNotWithdrawable),
  },
  {
    name: 'MarkSuperseded',
    command: () => supersedeCommand(),
    allowed: { published: [superseded], withdrawn: [superseded], superseded: [] },
    refusal: (f) => (f === 'none' ? DatasetsErrorCode.ReleaseNotFound : DatasetsErrorCode.ReleaseNotSupersedable),
  },
];

describe('Release decider: every command against every state family', () => {
  for (const { name, command, allowed, refusal } of matrix) {
    it.each(families)(`given a %s release, when ${name}`, (family) => {
      const expected = allowed[family];
      if (expected !== undefined) spec.given(histories[family]).when(command()).then(expected as never);
      else spec.given(histories[family]).when(command()).thenThrows(family === 'none' ? NotFoundError : RuleViolationError, refusal(family));
    });
  }
});

describe('Release decider: rules', () => {
  it('refuses a version that is not MAJOR.MINOR.PATCH', () => {
    spec.given([]).when(requestCommand({ version: 'v1' })).thenThrows(RuleViolationError, DatasetsErrorCode.InvalidReleaseVersion);
  });

  it('refuses a release superseding itself, on request, withdrawal and supersession', () => {
    spec.given([]).when(requestCommand({ supersedes: 'rel-0001' })).thenThrows(RuleViolationError, DatasetsErrorCode.ReleaseSupersedesItself);
    spec.given(histories.published).when(withdrawCommand('rel-0001')).thenThrows(RuleViolationError, DatasetsErrorCode.ReleaseSupersedesItself);
    spec.given(histories.published).when(supersedeCommand('rel-0001')).thenThrows(RuleViolationError, DatasetsErrorCode.ReleaseSupersedesItself);
  });

  it('given a superseded release, when superseded by another release, then refused', () => {
    spec.given(histories.superseded).when(supersedeCommand('rel-0003')).thenThrows(RuleViolationError, DatasetsErrorCode.ReleaseNotSupersedable);
  });

  it('withdraws without a successor when none is known yet', () => {
    spec
      .given(histories.published)
      .when(withdrawCommand(null))
      .then([{ ...withdrawn, data: { ...withdrawn.data, supersededBy: null } } as typeof withdrawn]);
  });

  it('remembers that a superseded release had been withdrawn, so its files stay gone', () => {
    const state = foldEvents(releaseDecider, [...histories.withdrawn, superseded]);
    expect(state).toMatchObject({ status: 'superseded', supersededBy: 'rel-0002', withdrawal: 'consentRevoked' });
    expect(foldEvents(releaseDecider, histories.superseded)).toMatchObject({ status: 'superseded', withdrawal: null });
  });

  it('ignores events that do not fit the state', () => {
    expect(foldEvents(releaseDecider, [published, built])).toEqual({ status: 'none' });
    expect(foldEvents(releaseDecider, [requested, published])).toMatchObject({ status: 'requested' });
  });
});
