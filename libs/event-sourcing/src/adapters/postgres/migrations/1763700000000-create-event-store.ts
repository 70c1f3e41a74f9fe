import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Event store, command log, outbox and projection offsets. Tables are unqualified so they land in the
 * connection's search_path (one schema per city node, one per integration test).
 */
export class CreateEventStore1763700000000 implements MigrationInterface {
  name = 'CreateEventStore1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE events (
      global_position bigserial PRIMARY KEY,
      stream_id text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      event_id uuid NOT NULL UNIQUE,
      type text NOT NULL,
      data jsonb NOT NULL,
      metadata jsonb NOT NULL,
      transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT events_stream_version UNIQUE (stream_id, version))`);
    await queryRunner.query(`CREATE TABLE processed_commands (
      command_id text PRIMARY KEY,
      stream_id text NOT NULL,
      result jsonb NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now())`);
    // transaction_id orders the relay: rows below the oldest running transaction can no longer be overtaken.
    await queryRunner.query(`CREATE TABLE outbox (
      global_position bigint PRIMARY KEY REFERENCES events (global_position),
      transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      topic text NOT NULL,
      message_key text NOT NULL,
      published_at timestamptz)`);
    await queryRunner.query(`CREATE INDEX outbox_pending ON outbox (transaction_id, global_position) WHERE published_at IS NULL`);
    await queryRunner.query(`CREATE TABLE projection_offsets (
      projection text NOT NULL,
      topic text NOT NULL,
      partition integer NOT NULL,
      last_offset bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (projection, topic, partition))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE projection_offsets, outbox, processed_commands, events`);
  }
}
