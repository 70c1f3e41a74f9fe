import { ConcurrencyError, ContractError, InfrastructureError, MeshError, ValidationError } from './index';

describe('mesh errors', () => {
  it('names every violated field and rule in a validation error', () => {
    const error = new ValidationError('INGEST.INVALID_EVENT', [
      { field: 'category', rule: 'enum', message: 'must be one of the FIWARE Alert categories' },
      { field: 'occurredAt', rule: 'required', message: 'is required' },
    ]);
    expect(error).toBeInstanceOf(MeshError);
    expect(error.message).toBe('category: must be one of the FIWARE Alert categories (enum); occurredAt: is required (required)');
    expect(error.details).toMatchObject({ field: 'category', rule: 'enum' });
    expect(error.retriable).toBe(false);
    expect(error.name).toBe('ValidationError');
  });

  it('carries expected and actual versions on a conflict', () => {
    const error = new ConcurrencyError('CONSENT.CONFLICT', 3, 4);
    expect(error.details).toMatchObject({ expectedVersion: 3, actualVersion: 4 });
    expect(error.toJSON()).toMatchObject({ code: 'CONSENT.CONFLICT', retriable: false });
  });

  it('marks only infrastructure failures as retriable and keeps the cause', () => {
    const cause = new Error('broker down');
    expect(new InfrastructureError('MESSAGING.BROKER_UNAVAILABLE', 'x', { cause }).retriable).toBe(true);
    expect(new InfrastructureError('MESSAGING.BROKER_UNAVAILABLE', 'x', { cause }).cause).toBe(cause);
    expect(new ContractError('MESSAGING.UNKNOWN_SCHEMA', 'x').retriable).toBe(false);
  });
});
