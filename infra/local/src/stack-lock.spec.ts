import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withStackLock } from './stack-lock';

describe('withStackLock', () => {
  const lock = () => join(mkdtempSync(join(tmpdir(), 'stack-lock-')), 'stack.lock');

  it('runs one holder at a time', async () => {
    const file = lock();
    const order: string[] = [];
    const hold = (name: string, ms: number) => withStackLock(file, async () => {
      order.push(`${name}:in`);
      await new Promise((r) => setTimeout(r, ms));
      order.push(`${name}:out`);
    });
    await Promise.all([hold('a', 50), hold('b', 1)]);
    expect(order).toEqual(['a:in', 'a:out', 'b:in', 'b:out']);
    expect(existsSync(file)).toBe(false);
  });

  it('takes over a lock whose holder is gone', async () => {
    const file = lock();
    writeFileSync(file, '999999999');
    await expect(withStackLock(file, async () => 'done')).resolves.toBe('done');
  });

  it('gives up after the timeout, naming the holder', async () => {
    const file = lock();
    writeFileSync(file, String(process.pid));
    await expect(withStackLock(file, async () => 'never', 300)).rejects.toThrow(new RegExp(`pid ${process.pid}`));
  });
});
