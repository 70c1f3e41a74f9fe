import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How far the subject index read each partition of the city's own anonymised stream; committed in the same
 * transaction as the index rows it covers, so a crash never skips or double-counts a record.
 */
export class CreateSubjectIndexPositions1797100000000 implements MigrationInterface {
  readonly name = 'CreateSubjectIndexPositions1797100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE dataset_subject_index_positions (topic text NOT NULL, partition integer NOT NULL, through_offset bigint NOT NULL, PRIMARY KEY (topic, partition))');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE dataset_subject_index_positions');
  }
}
