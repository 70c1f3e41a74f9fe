import { ValidationError } from '@usm/errors';
import { defaultProcessorSettings, resolveProcessorSettings } from './processor-settings';

describe('resolveProcessorSettings', () => {
  it('fills in the defaults, whose transaction timeout is under the rebalance timeout', () => {
    expect(resolveProcessorSettings()).toEqual(defaultProcessorSettings);
    expect(defaultProcessorSettings.transactionTimeoutMs).toBeLessThan(defaultProcessorSettings.rebalanceTimeoutMs);
  });

  it('refuses a transaction that may outlive the rebalance timeout, and heartbeats too rare for the session', () => {
    const refuse = () => resolveProcessorSettings({ transactionTimeoutMs: 60_000, heartbeatIntervalMs: 20_000 });
    expect(refuse).toThrow(ValidationError);
    expect(refuse).toThrow(/transactionTimeoutMs: must be less than rebalanceTimeoutMs.*heartbeatIntervalMs/);
  });

  it('refuses numbers that are not positive integers', () => {
    expect(() => resolveProcessorSettings({ maxChunkRecords: 0 })).toThrow(/maxChunkRecords: must be a positive integer/);
  });
});
