import { CreateAuditLog1796400000000 } from '@usm/security';
import { CreateReplicationAudit1763800000000 } from './migrations/1763800000000-create-replication-audit';

/** Every migration of the context, oldest first; TypeORM runs the pending ones at boot. */
export const federationMigrations = [CreateReplicationAudit1763800000000, CreateAuditLog1796400000000];

/** The context keeps its own migrations table, so contexts sharing a database migrate independently. */
export const federationMigrationsTable = 'federation_migrations';
