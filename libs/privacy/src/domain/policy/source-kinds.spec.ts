import { sourceKindSymbols } from '@usm/contracts';
import { testPrivacyPolicy } from '../../testing/test-privacy-policy';
import { sourceKinds } from './source-kinds';

describe('sourceKinds', () => {
  it('are the SourceKind symbols of the raw contract, in order', () => {
    expect([...sourceKinds]).toEqual([...sourceKindSymbols]);
  });

  it('each get attribute declarations in the test policy, code patterns compiled once', () => {
    const { attributes } = testPrivacyPolicy();
    for (const kind of sourceKinds) expect(attributes[kind]?.size).toBeGreaterThan(0);
    const lane = attributes.trafficHazardDetector?.get('lane');
    expect(lane).toMatchObject({ type: 'code', maxLength: 3 });
    expect(lane?.type === 'code' && lane.pattern).toBeInstanceOf(RegExp);
  });
});
