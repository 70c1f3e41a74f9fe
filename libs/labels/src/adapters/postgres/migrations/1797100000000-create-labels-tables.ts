import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The labels service's tables beside its event store: the city's anonymised events annotators may see (without
 * pseudonyms), the labels it made, and the task sets with their tasks' read rows (folded from the task streams).
 */
export class CreateLabelsTables1797100000000 implements MigrationInterface {
  readonly name = 'CreateLabelsTables1797100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE labels_annotatable_events (
      event_id text PRIMARY KEY, category text NOT NULL, sub_category text NOT NULL, bucket_start bigint NOT NULL, event jsonb NOT NULL)`);
    await runner.query('CREATE INDEX labels_annotatable_events_pick ON labels_annotatable_events (category, sub_category, bucket_start, event_id)');
    await runner.query('CREATE TABLE labels_made (label_id text PRIMARY KEY, event_id text NOT NULL, labelled_at bigint NOT NULL, label jsonb NOT NULL)');
    await runner.query('CREATE INDEX labels_made_event ON labels_made (event_id, labelled_at)');
    await runner.query('CREATE TABLE labels_task_sets (task_set_id text PRIMARY KEY, task_set jsonb NOT NULL)');
    await runner.query(`CREATE TABLE labels_tasks (
      task_id text PRIMARY KEY, task_set_id text NOT NULL, event_id text NOT NULL, position integer NOT NULL, status text NOT NULL,
      assigned text[] NOT NULL, answers jsonb NOT NULL, version integer NOT NULL)`);
    await runner.query('CREATE INDEX labels_tasks_set ON labels_tasks (task_set_id, position)');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['labels_tasks', 'labels_task_sets', 'labels_made', 'labels_annotatable_events']) await runner.query(`DROP TABLE ${table}`);
  }
}
