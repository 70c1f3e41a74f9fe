import type { AnonymisedSafetyEvent } from '@usm/contracts';
import type { AnnotatableEvents, EventFilter, LabelPublisher, LabelStore, SolutionRegistry, StoredLabel, TaskRow, TaskSet, TaskSets } from '../application/ports';

/** Records what would go to `safety.labels.v1`. */
export class RecordingLabelPublisher implements LabelPublisher {
  readonly published: StoredLabel[] = [];
  async publish(labels: readonly StoredLabel[]): Promise<void> {
    this.published.push(...labels);
  }
}

export class InMemoryLabelStore implements LabelStore {
  private readonly labels = new Map<string, StoredLabel>();
  async save(labels: readonly StoredLabel[]): Promise<void> {
    for (const label of labels) if (!this.labels.has(label.labelId)) this.labels.set(label.labelId, label);
  }
  async ofEvent(eventId: string): Promise<StoredLabel[]> {
    return [...this.labels.values()].filter((l) => l.eventId === eventId).sort((a, b) => a.provenance.labelledAt - b.provenance.labelledAt || (a.labelId < b.labelId ? -1 : 1));
  }
}

export class InMemoryAnnotatableEvents implements AnnotatableEvents {
  readonly events = new Map<string, AnonymisedSafetyEvent>();
  async keep(event: AnonymisedSafetyEvent): Promise<void> {
    if (!this.events.has(event.eventId)) this.events.set(event.eventId, event);
  }
  async get(eventId: string): Promise<AnonymisedSafetyEvent | undefined> {
    return this.events.get(eventId);
  }
  async known(eventIds: readonly string[]): Promise<Set<string>> {
    return new Set(eventIds.filter((id) => this.events.has(id)));
  }
  async pick(filter: EventFilter, limit: number): Promise<string[]> {
    return [...this.events.values()]
      .filter((e) => (filter.category === undefined || e.category === filter.category) && (filter.subCategories === undefined || filter.subCategories.includes(e.subCategory)) && (filter.eventIds === undefined || filter.eventIds.includes(e.eventId)))
      .sort((a, b) => a.occurredAtBucketStart - b.occurredAtBucketStart || (a.eventId < b.eventId ? -1 : 1))
      .slice(0, limit)
      .map((e) => e.eventId);
  }
}

export class InMemoryTaskSets implements TaskSets {
  private readonly sets = new Map<string, TaskSet>();
  private readonly rows = new Map<string, TaskRow>();
  async create(set: TaskSet, tasks: readonly TaskRow[]): Promise<void> {
    this.sets.set(set.taskSetId, set);
    for (const task of tasks) this.rows.set(task.taskId, task);
  }
  async get(taskSetId: string): Promise<TaskSet | undefined> {
    return this.sets.get(taskSetId);
  }
  async tasks(taskSetId: string): Promise<TaskRow[]> {
    return [...this.rows.values()].filter((r) => r.taskSetId === taskSetId).sort((a, b) => a.position - b.position);
  }
  async task(taskId: string): Promise<TaskRow | undefined> {
    return this.rows.get(taskId);
  }
  async candidates(taskSetId: string, annotator: string, requiredAnswers: number): Promise<TaskRow[]> {
    const open = (await this.tasks(taskSetId)).filter((r) => r.status === 'open' && !r.answers.some((a) => a.annotator === annotator) && (r.assigned.includes(annotator) || r.assigned.length < requiredAnswers));
    return [...open.filter((r) => r.assigned.includes(annotator)), ...open.filter((r) => !r.assigned.includes(annotator))];
  }
  async update(row: TaskRow): Promise<void> {
    const held = this.rows.get(row.taskId);
    if (held && held.version < row.version) this.rows.set(row.taskId, row);
  }
}

/** A registry knowing the listed `solutionId@version` pairs. */
export class FixedSolutionRegistry implements SolutionRegistry {
  readonly asked: string[] = [];
  constructor(private readonly registered: readonly string[]) {}
  async isRegistered(solutionId: string, version: string, callerToken: string): Promise<boolean> {
    this.asked.push(callerToken);
    return this.registered.includes(`${solutionId}@${version}`);
  }
}
