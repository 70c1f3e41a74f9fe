import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { solutionDecider } from './solution.decider';
import { SolutionErrorCode } from './solution.errors';
import type { SolutionCommand } from './solution.commands';
import type { SolutionEvent } from './solution.events';

const spec = DeciderSpecification.for(solutionDecider);
const t0 = Date.UTC(2026, 5, 1);
const metadata = { commandId: 'cmd', now: new Date(t0), actor: 'company-safewalk' };
const profile = { solutionId: 'safewalk-guardian', companyId: 'company-safewalk', name: 'SafeWalk Guardian', task: 'childCommuteHazard' };
const version = { version: '1.2.0', modelCard: { intendedUse: 'flag hazards near school gates', limitations: 'daylight cameras only' }, artifactSha256: 'a'.repeat(64) };
const register = (overrides = {}): SolutionCommand => ({ type: 'RegisterSolution', data: { ...profile, ...overrides }, metadata });
const publish = (overrides = {}): SolutionCommand => ({ type: 'PublishSolutionVersion', data: { solutionId: profile.solutionId, ...version, ...overrides }, metadata });
const withdraw = (v = '1.2.0', reason = 'bias found'): SolutionCommand => ({ type: 'WithdrawSolutionVersion', data: { solutionId: profile.solutionId, version: v, reason }, metadata });
const registered: SolutionEvent = { type: 'SolutionRegistered', data: { ...profile, registeredAt: t0 } };
const published: SolutionEvent = { type: 'SolutionVersionPublished', data: { solutionId: profile.solutionId, ...version, publishedAt: t0 } };
const withdrawn: SolutionEvent = { type: 'SolutionVersionWithdrawn', data: { solutionId: profile.solutionId, version: '1.2.0', reason: 'bias found', withdrawnAt: t0 } };

describe('Solution decider', () => {
  it('given nothing, when registered, then SolutionRegistered', () => {
    spec.given([]).when(register()).then([registered]);
  });
  it('given a solution, when the same profile is registered again, then nothing happens; another is refused', () => {
    spec.given([registered]).when(register()).then([]);
    spec.given([registered]).when(register({ companyId: 'company-other' })).thenThrows(RuleViolationError, SolutionErrorCode.AlreadyRegistered);
  });
  it('given nothing, when registered with a bad id, then a ValidationError', () => {
    spec.given([]).when(register({ solutionId: 'Safe Walk' })).thenThrows(ValidationError, SolutionErrorCode.Invalid);
  });
  it('given a solution, when a version is published with its model card and artifact hash, then SolutionVersionPublished', () => {
    spec.given([registered]).when(publish()).then([published]);
  });
  it('given a version, when republished identically, then nothing happens; with another artifact, refused', () => {
    spec.given([registered, published]).when(publish()).then([]);
    spec.given([registered, published]).when(publish({ artifactSha256: 'b'.repeat(64) })).thenThrows(RuleViolationError, SolutionErrorCode.VersionExists);
  });
  it.each([
    ['an artifact hash that is not SHA-256 hex', { artifactSha256: 'xyz' }, 'artifactSha256.hex'],
    ['no limitations in the model card', { modelCard: { intendedUse: 'x', limitations: ' ' } }, 'modelCard.limitations.required'],
    ['an empty version', { version: '' }, 'version.format'],
  ])('given a solution, when publishing %s, then a ValidationError naming the rule', (_what, overrides, rule) => {
    spec.given([registered]).when(publish(overrides)).thenThrows(ValidationError, SolutionErrorCode.Invalid);
    const state = [registered].reduce(solutionDecider.evolve, solutionDecider.initialState());
    expect(() => solutionDecider.decide(publish(overrides), state)).toThrow(expect.objectContaining({ details: expect.objectContaining({ rule }) }));
  });
  it('given nothing, when publishing, then not found', () => {
    spec.given([]).when(publish()).thenThrows(NotFoundError, SolutionErrorCode.NotFound);
  });
  it('given a version, when withdrawn, then SolutionVersionWithdrawn; again, nothing; republishing it, refused', () => {
    spec.given([registered, published]).when(withdraw()).then([withdrawn]);
    spec.given([registered, published, withdrawn]).when(withdraw()).then([]);
    spec.given([registered, published, withdrawn]).when(publish()).thenThrows(RuleViolationError, SolutionErrorCode.VersionExists);
  });
  it('given a solution, when an unknown version is withdrawn, then not found', () => {
    spec.given([registered]).when(withdraw('9.9.9')).thenThrows(NotFoundError, SolutionErrorCode.VersionNotFound);
  });
  it('ignores versions published before registration', () => {
    expect([published].reduce(solutionDecider.evolve, solutionDecider.initialState())).toEqual({ status: 'none' });
  });
});
