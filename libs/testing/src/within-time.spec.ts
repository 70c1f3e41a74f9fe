import { withinTime, withinTimeRetried } from './within-time';

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

describe('withinTimeRetried', () => {
  it('tries again when an attempt hangs, and gives the first result', async () => {
    let calls = 0;
    const work = (): Promise<string> => {
      calls += 1;
      return calls === 1 ? new Promise<never>(() => undefined) : Promise.resolve('registered');
    };
    await expect(withinTimeRetried('register the schema', 20, 3, work)).resolves.toBe('registered');
    expect(calls).toBe(2);
  });

  it('throws the last attempt\'s error, naming the step and the attempt', async () => {
    await expect(withinTimeRetried('create the topics', 10, 2, () => new Promise<never>(() => undefined))).rejects.toThrow('create the topics (attempt 2 of 2): not done after 10 ms');
  });
});
