import { InMemoryReplicationAudit } from './in-memory-replication-audit';
import { describeReplicationAuditContract } from './replication-audit.contract';

describeReplicationAuditContract('InMemoryReplicationAudit', async () => new InMemoryReplicationAudit());
