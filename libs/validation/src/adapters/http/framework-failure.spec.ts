import { BadRequestException, NotFoundException } from '@nestjs/common';
import { httpFailureOf } from './validation-error.filter';

describe("validation's answer to the framework's own refusals", () => {
  it('keeps the status and never echoes a message that quotes the request', () => {
    // Nest's messages for an unknown route and an undecodable parameter carry the caller's input.
    expect(httpFailureOf(new NotFoundException('Cannot GET /v1/runs/Hong%20Gildong/x'))).toEqual({ status: 404, body: { code: 'HTTP.404', message: 'Not Found' } });
    expect(httpFailureOf(new BadRequestException("Failed to decode param 'Hong%E0%A4%A'"))).toEqual({ status: 400, body: { code: 'HTTP.400', message: 'Bad Request' } });
  });
});
