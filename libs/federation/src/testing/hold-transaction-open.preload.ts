// Preloaded (node -r) into a privacy service child process by crash specs, never into production. When
// USM_SPEC_HOLD_COMMIT_AFTER=N is set, the N-th transaction commit of the process never completes: its records are
// already on the output topic, uncommitted, and the process announces it so the spec can SIGKILL it right there,
// inside an open transaction, instead of hoping a kill lands in the few milliseconds between send and commit.
import { Kafka } from 'kafkajs';
import type { Producer, ProducerConfig, Transaction } from 'kafkajs';

/** The line the process prints once a commit is held. */
export const holdingLine = 'spec: holding a transaction open before its commit';

const holdAfter = Number(process.env['USM_SPEC_HOLD_COMMIT_AFTER'] ?? 0);
let commits = 0;

function holding(transaction: Transaction): Transaction {
  const commit = transaction.commit.bind(transaction);
  return Object.assign(transaction, {
    commit: async () => {
      commits += 1;
      if (commits < holdAfter) return commit();
      process.stdout.write(`${holdingLine}\n`);
      return new Promise<void>(() => undefined);
    },
  });
}

if (holdAfter > 0) {
  const producer = Kafka.prototype.producer;
  Kafka.prototype.producer = function patchedProducer(this: Kafka, config?: ProducerConfig): Producer {
    const created = producer.call(this, config);
    if (!config?.transactionalId) return created;
    const transaction = created.transaction.bind(created);
    return Object.assign(created, { transaction: async () => holding(await transaction()) });
  };
}
