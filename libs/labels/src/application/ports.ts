import type { AnonymisedSafetyEvent } from '@usm/contracts';
import type { AnnotationAnswer } from '../domain/annotation/annotation-task.events';
import type { PublishedLabel } from '../domain/label/label.model';

/** A label as published and stored, with what made it (`ruleId` for a rule, `solutionId` for a model). */
export type StoredLabel = PublishedLabel;

/** Publishes labels to `safety.labels.v1` (keyed by event id); resolves once Kafka acknowledged. */
export interface LabelPublisher {
  publish(labels: readonly StoredLabel[]): Promise<void>;
}

/** The labels this service made, for the read API. Saving a label id twice keeps the first. */
export interface LabelStore {
  save(labels: readonly StoredLabel[]): Promise<void>;
  ofEvent(eventId: string): Promise<StoredLabel[]>;
}

/** Which anonymised events of the city's own stream annotators and models may label. */
export interface EventFilter {
  readonly category?: string;
  readonly subCategories?: readonly string[];
  /** Only these events (e.g. the ones a rule flagged, picked by the lead). */
  readonly eventIds?: readonly string[];
}

/** The city's own anonymised events, kept so that tasks hand them out (never raw events: there are none here). */
export interface AnnotatableEvents {
  keep(event: AnonymisedSafetyEvent): Promise<void>;
  get(eventId: string): Promise<AnonymisedSafetyEvent | undefined>;
  /** The ids among `eventIds` that are events of the city's own anonymised stream. */
  known(eventIds: readonly string[]): Promise<Set<string>>;
  /** Up to `limit` event ids matching the filter, oldest bucket first. */
  pick(filter: EventFilter, limit: number): Promise<string[]>;
}

/** A task set as the labelling lead asked for it. */
export interface TaskSet {
  readonly taskSetId: string;
  readonly labels: readonly string[];
  readonly requiredAnswers: number;
  readonly guidelineVersion: string;
  readonly filter: EventFilter;
  readonly createdBy: string;
  readonly createdAt: number;
}

/** One task of a set as the read side keeps it, updated after every accepted command. */
export interface TaskRow {
  readonly taskId: string;
  readonly taskSetId: string;
  readonly eventId: string;
  readonly position: number;
  readonly status: 'open' | 'completed';
  readonly assigned: readonly string[];
  readonly answers: readonly AnnotationAnswer[];
  /** The task stream's version this row reflects. */
  readonly version: number;
}

/** Task sets and their tasks' read model. */
export interface TaskSets {
  create(set: TaskSet, tasks: readonly TaskRow[]): Promise<void>;
  get(taskSetId: string): Promise<TaskSet | undefined>;
  tasks(taskSetId: string): Promise<TaskRow[]>;
  task(taskId: string): Promise<TaskRow | undefined>;
  /** Open tasks of the set the annotator has not answered and may still take, in order. */
  candidates(taskSetId: string, annotator: string, requiredAnswers: number): Promise<TaskRow[]>;
  /** Stores the row unless a newer version of it is stored already. */
  update(row: TaskRow): Promise<void>;
}

/** Whether the validation service's registry knows a solution version. */
export interface SolutionRegistry {
  /** `callerToken` is the caller's bearer token, forwarded so the registry answers as it would to the company. */
  isRegistered(solutionId: string, version: string, callerToken: string): Promise<boolean>;
}

export interface Clock {
  now(): Date;
}
