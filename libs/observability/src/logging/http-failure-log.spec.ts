import { HttpFailureLog } from './http-failure-log';

const recorder = () => {
  const calls: [string, unknown][] = [];
  return { calls, logger: { error: (fields: unknown) => calls.push(['error', fields]), warn: (fields: unknown) => calls.push(['warn', fields]) } as never };
};

describe('HttpFailureLog', () => {
  it("logs through the request's own logger once pino-http has seen the request (its id and service)", () => {
    const service = recorder();
    const routed = recorder();
    new HttpFailureLog(service.logger).error({ log: routed.logger }, { msg: 'request failed' });
    expect(routed.calls).toEqual([['error', { msg: 'request failed' }]]);
    expect(service.calls).toEqual([]);
  });

  it("logs a request refused before routing through this service's logger", () => {
    const service = recorder();
    new HttpFailureLog(service.logger).warn({ method: 'POST' }, { msg: 'request refused before routing' });
    expect(service.calls).toEqual([['warn', { msg: 'request refused before routing' }]]);
  });
});
