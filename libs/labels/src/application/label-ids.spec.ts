import { stableLabelId } from './label-ids';

describe('stable label ids', () => {
  it('are UUIDs that depend on every part and on nothing else', () => {
    const id = stableLabelId('rule', 'incheon-child-commute', '1', 'e1', 'speedingNearSchool');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableLabelId('rule', 'incheon-child-commute', '1', 'e1', 'speedingNearSchool')).toBe(id);
    expect(stableLabelId('rule', 'incheon-child-commute', '2', 'e1', 'speedingNearSchool')).not.toBe(id);
    expect(stableLabelId('a', 'bc')).not.toBe(stableLabelId('ab', 'c'));
  });
});
