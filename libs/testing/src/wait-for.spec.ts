import { waitFor } from './wait-for';
import { uniqueName } from './unique-name';

describe('waitFor', () => {
  it('resolves with the first defined value', async () => {
    let calls = 0;
    await expect(waitFor(() => (++calls >= 3 ? calls : undefined), { intervalMs: 1 })).resolves.toBe(3);
  });

  it('fails after the timeout naming what it waited for and the last error', async () => {
    await expect(
      waitFor(() => { throw new Error('not yet'); }, { timeoutMs: 20, intervalMs: 5, description: 'offset caught up' }),
    ).rejects.toThrow(/offset caught up; last error: not yet/);
  });
});

describe('uniqueName', () => {
  it('never repeats', () => {
    const names = new Set(Array.from({ length: 1000 }, () => uniqueName('t')));
    expect(names.size).toBe(1000);
  });
});
