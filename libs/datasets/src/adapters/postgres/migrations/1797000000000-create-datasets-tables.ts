import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The datasets service's tables beside its event store: releases as read (one JSON record each, beside the
 * release streams), which releases hold which event (written at build time, for withdrawal),
 * and the subject index (reporter pseudonym → own-city event ids; local, never shared, never in a file).
 */
export class CreateDatasetsTables1797000000000 implements MigrationInterface {
  readonly name = 'CreateDatasetsTables1797000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE dataset_releases (
      release_id text PRIMARY KEY, definition_id text NOT NULL, status text NOT NULL, record jsonb NOT NULL,
      requested_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)`);
    await runner.query('CREATE INDEX dataset_releases_definition ON dataset_releases (definition_id, requested_at)');
    await runner.query('CREATE TABLE dataset_release_events (event_id text NOT NULL, release_id text NOT NULL, PRIMARY KEY (event_id, release_id))');
    await runner.query('CREATE INDEX dataset_release_events_release ON dataset_release_events (release_id)');
    await runner.query('CREATE TABLE dataset_subject_events (reporter_pseudonym text NOT NULL, event_id text NOT NULL, PRIMARY KEY (reporter_pseudonym, event_id))');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['dataset_subject_events', 'dataset_release_events', 'dataset_releases']) await runner.query(`DROP TABLE ${table}`);
  }
}
