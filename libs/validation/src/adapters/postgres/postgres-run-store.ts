import type { DataSource } from 'typeorm';
import type { RunStore, StoredRun } from '../../application/ports';

interface Row {
  run_id: string;
  company_id: string;
  result: StoredRun['result'];
  predictions: string;
  checks: unknown[];
}

const runOf = (r: Row): StoredRun => ({ runId: r.run_id, companyId: r.company_id, result: r.result, predictionsJsonl: r.predictions, checks: r.checks });

/** Runs in `validation_runs`, one row each, written once. */
export class PostgresRunStore implements RunStore {
  constructor(private readonly db: DataSource) {}

  async save(run: StoredRun): Promise<void> {
    await this.db.query(
      `INSERT INTO validation_runs (run_id, solution_id, company_id, result, predictions, checks, completed_at) VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7 / 1000.0))`,
      [run.runId, run.result.solution.solutionId, run.companyId, JSON.stringify(run.result), run.predictionsJsonl, JSON.stringify(run.checks), run.result.completedAt],
    );
  }

  async get(runId: string): Promise<StoredRun | undefined> {
    const rows = (await this.db.query('SELECT run_id, company_id, result, predictions, checks FROM validation_runs WHERE run_id = $1', [runId])) as Row[];
    return rows[0] ? runOf(rows[0]) : undefined;
  }

  async bySolution(solutionId: string): Promise<StoredRun[]> {
    const rows = (await this.db.query('SELECT run_id, company_id, result, predictions, checks FROM validation_runs WHERE solution_id = $1 ORDER BY completed_at, run_id', [solutionId])) as Row[];
    return rows.map(runOf);
  }
}

/** Ids of the benchmarks defined here, from the event store's stream ids. */
export async function benchmarkIdsIn(db: DataSource): Promise<string[]> {
  const rows = (await db.query(`SELECT DISTINCT stream_id FROM events WHERE stream_id LIKE 'benchmark-%' ORDER BY stream_id`)) as { stream_id: string }[];
  return rows.map((r) => r.stream_id.slice('benchmark-'.length));
}
