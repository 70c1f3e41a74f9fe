import type { DynamicModule } from '@nestjs/common';
import { DatasetReleaseService } from '../application/dataset-release.service';
import { RetractedEventsRegistry } from '../application/retracted-events.registry';
import type { KafkaSubjectIndexFeed } from '../adapters/kafka/subject-index.consumer';
import type { DatasetsModuleOptions } from '../datasets.options';
import { DATASETS_OPTIONS, SUBJECT_INDEX_FEED } from '../datasets.tokens';
import { DatasetReleaseSupersession, datasetSubjectEvents } from './adapters/datasets/dataset-release-supersession';
import type { PostgresWithdrawalStore } from './adapters/postgres/postgres-withdrawal-store';
import { DatasetsWithdrawalModule, withdrawalActor } from './datasets-withdrawal.module';
import type { DatasetsWithdrawalOptions } from './datasets-withdrawal.options';
import { WITHDRAWAL_STORE } from './datasets-withdrawal.tokens';

const RETRACTED_EVENTS_BOUND = Symbol('WITHDRAWAL_RETRACTED_EVENTS_BOUND');

/**
 * Withdrawal over the app's datasets module (the same dynamic module object, so one instance): releases and the
 * subject index (fed by the own anonymised stream) come from it, and its builds consult the withdrawal store for
 * retracted events.
 */
export function datasetsWithdrawal(datasets: DynamicModule, withdrawal: DatasetsWithdrawalOptions): DynamicModule {
  return DatasetsWithdrawalModule.forRoot({
    withdrawal,
    imports: [datasets],
    releases: { inject: [DatasetReleaseService], useFactory: (releases: DatasetReleaseService) => new DatasetReleaseSupersession(releases, withdrawalActor) },
    subjects: {
      inject: [DatasetReleaseService, SUBJECT_INDEX_FEED, DATASETS_OPTIONS],
      useFactory: (releases: DatasetReleaseService, feed: KafkaSubjectIndexFeed, options: DatasetsModuleOptions) => datasetSubjectEvents(releases, feed, options.subjectIndex?.catchUpTimeoutMs ?? 20_000),
    },
    providers: [
      {
        provide: RETRACTED_EVENTS_BOUND,
        inject: [RetractedEventsRegistry, WITHDRAWAL_STORE],
        useFactory: (registry: RetractedEventsRegistry, store: PostgresWithdrawalStore) => registry.use(store),
      },
    ],
  });
}
