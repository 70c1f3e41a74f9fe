import { CatchUp } from './catch-up';

describe('CatchUp', () => {
  it('is done at once on an empty topic', () => {
    expect(new CatchUp({ 0: 0, 1: 0 }).done).toBe(true);
  });

  it('is done once every partition reached the end offsets seen at startup', () => {
    const catchUp = new CatchUp({ 0: 2, 1: 1, 2: 0 });
    catchUp.saw(0, 1);
    expect(catchUp.done).toBe(false);
    catchUp.saw(1, 0);
    expect(catchUp.done).toBe(true);
  });

  it('is not done after the last record of a transaction until the position passed its commit marker', () => {
    // Records at 0 and 1, the commit marker at 2: the end offset is 3, and no handler ever sees offset 2.
    const catchUp = new CatchUp({ 0: 3 });
    catchUp.saw(0, 0);
    catchUp.saw(0, 1);
    expect(catchUp.done).toBe(false);
    catchUp.reached(0, 3);
    expect(catchUp.done).toBe(true);
  });

  it('never ends by waiting: with no position reported (a group still joining), it stays not done', () => {
    const catchUp = new CatchUp({ 0: 1, 1: 4 });
    catchUp.reached(1, 4);
    expect(catchUp.done).toBe(false);
  });

  it('keeps the furthest position when reports arrive out of order', () => {
    const catchUp = new CatchUp({ 0: 5 });
    catchUp.reached(0, 5);
    catchUp.saw(0, 1);
    expect(catchUp.done).toBe(true);
  });
});
