import type { FieldViolation } from '@usm/errors';
import type { SolutionProfile, SolutionVersion } from './solution.model';

const v = (field: string, rule: string, message: string): FieldViolation => ({ field, rule, message });
const blank = (value: string): boolean => value.trim() === '';

export function solutionProfileViolations(profile: SolutionProfile): FieldViolation[] {
  const found: FieldViolation[] = [];
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/.test(profile.solutionId)) found.push(v('solutionId', 'solutionId.format', 'lowercase letters, digits, dot, dash, underscore'));
  if (blank(profile.companyId)) found.push(v('companyId', 'companyId.required', 'must not be empty'));
  if (blank(profile.name)) found.push(v('name', 'name.required', 'must not be empty'));
  if (blank(profile.task)) found.push(v('task', 'task.required', 'must not be empty'));
  return found;
}

export function solutionVersionViolations(version: SolutionVersion): FieldViolation[] {
  const found: FieldViolation[] = [];
  if (!/^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/.test(version.version)) found.push(v('version', 'version.format', 'e.g. 1.2.0'));
  if (!/^[0-9a-f]{64}$/.test(version.artifactSha256)) found.push(v('artifactSha256', 'artifactSha256.hex', '64 lowercase hex digits'));
  if (blank(version.modelCard.intendedUse)) found.push(v('modelCard.intendedUse', 'modelCard.intendedUse.required', 'state what the model is for'));
  if (blank(version.modelCard.limitations)) found.push(v('modelCard.limitations', 'modelCard.limitations.required', 'state where it must not be trusted'));
  return found;
}
