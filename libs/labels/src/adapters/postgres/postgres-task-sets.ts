import type { DataSource } from 'typeorm';
import type { AnnotationAnswer } from '../../domain/annotation/annotation-task.events';
import type { TaskRow, TaskSet, TaskSets } from '../../application/ports';

interface Row {
  task_id: string;
  task_set_id: string;
  event_id: string;
  position: number;
  status: TaskRow['status'];
  assigned: string[];
  answers: AnnotationAnswer[];
  version: number;
}

const rowOf = (r: Row): TaskRow => ({ taskId: r.task_id, taskSetId: r.task_set_id, eventId: r.event_id, position: r.position, status: r.status, assigned: r.assigned, answers: r.answers, version: r.version });
const columns = 'task_id, task_set_id, event_id, position, status, assigned, answers, version';

/** Task sets and the read rows of their tasks. */
export class PostgresTaskSets implements TaskSets {
  constructor(private readonly db: DataSource) {}

  async create(set: TaskSet, tasks: readonly TaskRow[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      await manager.query('INSERT INTO labels_task_sets (task_set_id, task_set) VALUES ($1, $2)', [set.taskSetId, JSON.stringify(set)]);
      for (const t of tasks) {
        await manager.query(`INSERT INTO labels_tasks (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [t.taskId, t.taskSetId, t.eventId, t.position, t.status, [...t.assigned], JSON.stringify(t.answers), t.version]);
      }
    });
  }

  async get(taskSetId: string): Promise<TaskSet | undefined> {
    const rows = (await this.db.query('SELECT task_set FROM labels_task_sets WHERE task_set_id = $1', [taskSetId])) as { task_set: TaskSet }[];
    return rows[0]?.task_set;
  }

  async tasks(taskSetId: string): Promise<TaskRow[]> {
    return ((await this.db.query(`SELECT ${columns} FROM labels_tasks WHERE task_set_id = $1 ORDER BY position`, [taskSetId])) as Row[]).map(rowOf);
  }

  async task(taskId: string): Promise<TaskRow | undefined> {
    const rows = (await this.db.query(`SELECT ${columns} FROM labels_tasks WHERE task_id = $1`, [taskId])) as Row[];
    return rows[0] === undefined ? undefined : rowOf(rows[0]);
  }

  async candidates(taskSetId: string, annotator: string, requiredAnswers: number): Promise<TaskRow[]> {
    const rows = (await this.db.query(
      `SELECT ${columns} FROM labels_tasks
       WHERE task_set_id = $1 AND status = 'open' AND NOT (answers @> jsonb_build_array(jsonb_build_object('annotator', $2::text)))
         AND ($2 = ANY(assigned) OR cardinality(assigned) < $3)
       ORDER BY ($2 = ANY(assigned)) DESC, position LIMIT 20`,
      [taskSetId, annotator, requiredAnswers],
    )) as Row[];
    return rows.map(rowOf);
  }

  async update(row: TaskRow): Promise<void> {
    await this.db.query('UPDATE labels_tasks SET status = $2, assigned = $3, answers = $4, version = $5 WHERE task_id = $1 AND version < $5', [
      row.taskId, row.status, [...row.assigned], JSON.stringify(row.answers), row.version,
    ]);
  }
}
