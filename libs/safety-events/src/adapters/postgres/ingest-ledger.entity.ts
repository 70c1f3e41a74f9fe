import { Column, Entity, PrimaryColumn } from 'typeorm';

export type LedgerStatus = 'claimed' | 'acknowledged';

/** One event id ingest has seen: claimed while being produced, acknowledged once Kafka took it. Holds no payload. */
@Entity({ name: 'ingest_ledger' })
export class IngestLedgerEntry {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: LedgerStatus;

  /** Which request holds the claim; only that request may release it. */
  @Column({ name: 'claim_token', type: 'uuid' })
  claimToken!: string;

  @Column({ name: 'claimed_at', type: 'timestamptz' })
  claimedAt!: Date;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;
}
