import { CreateAuditLog1796400000000 } from '@usm/security';
import { CreateIngestLedger1763712000000 } from './migrations/1763712000000-create-ingest-ledger';

/** Every migration of the context, oldest first; TypeORM runs the pending ones at boot. */
export const safetyEventsMigrations = [CreateIngestLedger1763712000000, CreateAuditLog1796400000000];

/** The context keeps its own migrations table, so contexts sharing a database migrate independently. */
export const safetyEventsMigrationsTable = 'safety_events_migrations';
