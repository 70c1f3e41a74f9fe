import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The validation service's table beside its event store (solutions and benchmarks are streams there): each run's
 * full result (metrics even under a passFail policy: the city's own record), the predictions as scored, the checks.
 */
export class CreateValidationTables1797100000000 implements MigrationInterface {
  readonly name = 'CreateValidationTables1797100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE validation_runs (
      run_id text PRIMARY KEY, solution_id text NOT NULL, company_id text NOT NULL, result jsonb NOT NULL,
      predictions text NOT NULL, checks jsonb NOT NULL, completed_at timestamptz NOT NULL)`);
    await runner.query('CREATE INDEX validation_runs_solution ON validation_runs (solution_id, completed_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE validation_runs');
  }
}
