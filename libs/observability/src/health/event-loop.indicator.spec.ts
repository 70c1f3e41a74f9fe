import { EventLoopHealthIndicator } from './event-loop.indicator';

describe('EventLoopHealthIndicator', () => {
  it('is up when a queued callback runs within the bound', async () => {
    await expect(new EventLoopHealthIndicator(60_000).check('eventLoop')).resolves.toMatchObject({ eventLoop: { status: 'up' } });
  });

  it('is down when the loop took longer than the bound', async () => {
    // A negative bound no delay can meet: the verdict, not the clock, is under test.
    await expect(new EventLoopHealthIndicator(-1).check('eventLoop')).resolves.toMatchObject({ eventLoop: { status: 'down', maxDelayMs: -1 } });
  });
});
