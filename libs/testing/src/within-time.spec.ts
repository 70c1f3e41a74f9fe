import { withinTime } from './within-time';

describe('withinTime', () => {
  it('gives the result of work that settles in time', async () => {
    await expect(withinTime('quick step', 1_000, Promise.resolve(42))).resolves.toBe(42);
  });

  it('passes on the error of work that fails in time', async () => {
    await expect(withinTime('failing step', 1_000, Promise.reject(new Error('broker refused')))).rejects.toThrow('broker refused');
  });

  it('names the step that did not settle in time', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withinTime('consumer join', 20, never)).rejects.toThrow('consumer join: not done after 20 ms');
  });
});
