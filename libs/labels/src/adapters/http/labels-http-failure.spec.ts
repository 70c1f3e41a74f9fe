import { BadRequestException, ForbiddenException } from '@nestjs/common';
import { ConcurrencyError, InfrastructureError, NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { httpFailureOf } from './labels-http-failure';

describe('HTTP answers of the labels API', () => {
  it('maps each kind of error to its status, with the code and never a stack', () => {
    expect(httpFailureOf(new ValidationError('LABELS.INVALID_REQUEST', [{ field: 'body.label', rule: 'too_small', message: 'm' }]))).toMatchObject({ status: 400, body: { code: 'LABELS.INVALID_REQUEST', violations: [{ field: 'body.label' }] } });
    expect(httpFailureOf(new NotFoundError('LABELS.TASK_SET_NOT_FOUND', 'no'))).toMatchObject({ status: 404 });
    expect(httpFailureOf(new ConcurrencyError('EVENT_SOURCING.VERSION_CONFLICT', 1, 2))).toMatchObject({ status: 409 });
    expect(httpFailureOf(new RuleViolationError('LABELS.ANNOTATOR_ALREADY_ANSWERED', 'once'))).toMatchObject({ status: 422, body: { code: 'LABELS.ANNOTATOR_ALREADY_ANSWERED' } });
    expect(httpFailureOf(new InfrastructureError('LABELS.SOLUTION_REGISTRY_UNREACHABLE', 'down'))).toMatchObject({ status: 503, headers: { 'Retry-After': '5' } });
    expect(httpFailureOf(new BadRequestException())).toMatchObject({ status: 400, body: { code: 'LABELS.MALFORMED_REQUEST' } });
    expect(httpFailureOf(new ForbiddenException())).toMatchObject({ status: 403 });
    expect(httpFailureOf(new Error('boom'))).toEqual({ status: 500, body: { code: 'LABELS.INTERNAL_ERROR', message: 'Internal error' } });
  });
});
