import { RelayLoop } from './relay-loop';

describe('RelayLoop', () => {
  it('steps again at once while there is work, and after the poll interval when idle', async () => {
    const results = [3, 2, 0, 1, 0];
    let calls = 0;
    const loop = new RelayLoop(async () => results[calls++] ?? 0, { pollIntervalMs: 1, retryBackoffMs: 1, onError: () => 'retry' });
    loop.start();
    await waitUntil(() => calls >= results.length);
    await loop.stop();
    expect(calls).toBeGreaterThanOrEqual(results.length);
  });

  it('retries after a failed step and stops for good when told to', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const loop = new RelayLoop(
      async () => {
        calls += 1;
        throw new Error(`failure ${calls}`);
      },
      { pollIntervalMs: 1, retryBackoffMs: 1, onError: (error) => (errors.push(error), errors.length < 3 ? 'retry' : 'stop') },
    );
    loop.start();
    await waitUntil(() => errors.length === 3);
    await loop.stop();
    expect(calls).toBe(3);
  });

  it('counts failures in a row and forgets them after a step that succeeds (the backoff starts over)', async () => {
    const outcomes = [new Error('a'), new Error('b'), 2];
    const loop = new RelayLoop(
      async () => {
        const next = outcomes.shift() ?? 0;
        if (next instanceof Error) throw next;
        return next;
      },
      { pollIntervalMs: 1, retryBackoffMs: 1, onError: () => 'retry' },
    );
    await expect(loop.runOnce()).rejects.toThrow('a');
    await expect(loop.runOnce()).rejects.toThrow('b');
    expect(loop.consecutiveFailures).toBe(2);
    await expect(loop.runOnce()).resolves.toBe(2);
    expect(loop.consecutiveFailures).toBe(0);
  });

  it('never overlaps a drain step with a background step', async () => {
    let running = 0;
    let overlapped = false;
    const loop = new RelayLoop(
      async () => {
        running += 1;
        overlapped ||= running > 1;
        await new Promise((resolve) => setTimeout(resolve, 2));
        running -= 1;
        return 1;
      },
      { pollIntervalMs: 1, retryBackoffMs: 1, onError: () => 'retry' },
    );
    loop.start();
    await Promise.all([loop.runOnce(), loop.runOnce(), loop.runOnce()]);
    await loop.stop();
    expect(overlapped).toBe(false);
  });

  it('stops promptly while idle', async () => {
    const loop = new RelayLoop(async () => 0, { pollIntervalMs: 60_000, retryBackoffMs: 1, onError: () => 'retry' });
    loop.start();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const started = Date.now();
    await loop.stop();
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 2));
  if (!condition()) throw new Error('condition not reached');
}
