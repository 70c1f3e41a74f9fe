import { ValidationError } from '@usm/errors';
import { answerRequest, modelLabelsRequest, parseRequest, taskSetRequest } from './parse-request';

// The strings of the review that reached the shareable labels topic.
const nameAndPhone = 'Hong Gildong 010-9876-5432';
const nameAndPassport = 'Hong Gildong M12345678';
const eventId = '00000000-0000-4000-8000-000000000001';

const taskSet = { labels: ['speedingNearSchool', 'noHazard'], requiredAnswers: 2, guidelineVersion: 'child-commute-2026.1', size: 10 };
const modelLabels = { solutionId: 'review-sol', version: '1.0.0', guidelineVersion: 'child-commute-2026.1', labels: [{ eventId, label: 'noHazard', confidence: 0.9 }] };

function refusal(run: () => unknown): { field: string; rule: string }[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const { violations } = error as ValidationError;
    // A refusal names the field and the rule; it never repeats what was sent.
    expect(JSON.stringify(violations)).not.toContain('Gildong');
    expect((error as ValidationError).message).not.toContain('Gildong');
    return violations.map(({ field, rule }) => ({ field, rule }));
  }
  throw new Error('expected the request to be refused');
}

describe('parsing labels requests', () => {
  it('accepts a task set of taxonomy terms with a version-token guideline version', () => {
    expect(parseRequest(taskSetRequest, taskSet, 'body')).toEqual({ ...taskSet, filter: {} });
  });

  it('refuses a task set offering free text as a label, naming the label and the taxonomy rule', () => {
    expect(refusal(() => parseRequest(taskSetRequest, { ...taskSet, labels: [nameAndPhone, 'noHazard'] }, 'body'))).toEqual([{ field: 'body.labels.0', rule: 'label.taxonomy' }]);
  });

  it('refuses a task set whose guideline version is free text, naming the field and the version-token rule', () => {
    expect(refusal(() => parseRequest(taskSetRequest, { ...taskSet, guidelineVersion: nameAndPassport }, 'body'))).toEqual([{ field: 'body.guidelineVersion', rule: 'version.token' }]);
  });

  it('accepts an answer that is a taxonomy term and refuses free text by the taxonomy rule', () => {
    expect(parseRequest(answerRequest, { label: 'noHazard' }, 'body')).toEqual({ label: 'noHazard' });
    expect(refusal(() => parseRequest(answerRequest, { label: nameAndPhone }, 'body'))).toEqual([{ field: 'body.label', rule: 'label.taxonomy' }]);
  });

  it('accepts model labels with version tokens', () => {
    expect(parseRequest(modelLabelsRequest, modelLabels, 'body')).toEqual(modelLabels);
  });

  it.each([
    ['guidelineVersion', { guidelineVersion: nameAndPassport }, 'body.guidelineVersion', 'version.token'],
    ['version', { version: `1.0.0 ${nameAndPassport}` }, 'body.version', 'version.token'],
    ['solutionId', { solutionId: nameAndPhone }, 'body.solutionId', 'id.token'],
    ['a label', { labels: [{ eventId, label: nameAndPhone, confidence: 0.9 }] }, 'body.labels.0.label', 'label.taxonomy'],
  ])('refuses model labels with free text in %s, naming the field and the rule', (_what, overrides, field, rule) => {
    expect(refusal(() => parseRequest(modelLabelsRequest, { ...modelLabels, ...overrides }, 'body'))).toEqual([{ field, rule }]);
  });

  it('refuses a version token longer than 32 characters', () => {
    expect(refusal(() => parseRequest(modelLabelsRequest, { ...modelLabels, guidelineVersion: 'v'.repeat(33) }, 'body'))).toEqual([{ field: 'body.guidelineVersion', rule: 'version.token' }]);
  });
});
