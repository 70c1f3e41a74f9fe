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
});
