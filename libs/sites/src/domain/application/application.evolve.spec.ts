import { applicationDecider } from './application.decider';
import { approved, completed, rejected, scheduled, screening, started, submitted, withdrawn } from './application.spec-fixtures';

const fold = (events: Parameters<typeof applicationDecider.evolve>[1][]) => events.reduce(applicationDecider.evolve, applicationDecider.initialState());

describe('Application evolve', () => {
  it('ignores events that do not fit the status: facts are already recorded', () => {
    expect(fold([approved, scheduled])).toEqual({ status: 'none' });
    expect(fold([submitted, approved]).status).toBe('applied');
    expect(fold([submitted, screening, rejected, approved]).status).toBe('rejected');
    expect(fold([submitted, screening, approved, scheduled, started, completed, withdrawn]).status).toBe('completed');
  });

  it('keeps the withdrawal reason and the terms', () => {
    expect(fold([submitted, withdrawn])).toEqual(expect.objectContaining({ status: 'withdrawn', reason: 'changed plans' }));
  });
});
