import { InFlightLimiter, defaultMaxInFlight } from './in-flight-limiter';
import { IngestOverloadedError } from './ingest-errors';

interface Gate {
  readonly promise: Promise<string>;
  open(): void;
  fail(): void;
}

function gate(value: string): Gate {
  let open = (): void => undefined;
  let fail = (): void => undefined;
  const promise = new Promise<string>((resolve, reject) => {
    open = () => resolve(value);
    fail = () => reject(new Error('kafka down'));
  });
  return { promise, open, fail };
}

describe('InFlightLimiter', () => {
  it('admits up to the limit and refuses the next one at once, with a retriable error', async () => {
    const limiter = new InFlightLimiter(2);
    const [first, second] = [gate('a'), gate('b')];
    const running = [limiter.run(() => first.promise), limiter.run(() => second.promise)];
    const refused = limiter.run(() => Promise.resolve('c'));
    await expect(refused).rejects.toBeInstanceOf(IngestOverloadedError);
    await expect(refused).rejects.toMatchObject({ code: 'INGEST.OVERLOADED', retriable: true });
    expect(limiter.running).toBe(2);
    first.open();
    second.open();
    await expect(Promise.all(running)).resolves.toEqual(['a', 'b']);
  });

  it('frees a place when work ends, whether it succeeded or failed', async () => {
    const limiter = new InFlightLimiter(1);
    const failing = gate('x');
    const run = limiter.run(() => failing.promise);
    await expect(limiter.run(() => Promise.resolve('y'))).rejects.toBeInstanceOf(IngestOverloadedError);
    failing.fail();
    await expect(run).rejects.toThrow('kafka down');
    expect(limiter.running).toBe(0);
    await expect(limiter.run(() => Promise.resolve('z'))).resolves.toBe('z');
  });

  it('defaults to 64 in flight', () => {
    expect(new InFlightLimiter().maxInFlight).toBe(defaultMaxInFlight);
    expect(defaultMaxInFlight).toBe(64);
  });
});
