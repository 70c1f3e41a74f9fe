import { RuleViolationError } from '@usm/errors';
import { InMemoryEventStore } from '@usm/event-sourcing/testing';
import { AnnotationErrorCode } from '../domain/annotation/annotation-task.errors';
import { anonymisedEvent } from '../testing/anonymised-events.fixture';
import { InMemoryAnnotatableEvents, InMemoryLabelStore, InMemoryTaskSets, RecordingLabelPublisher } from '../testing/in-memory-labels-ports';
import { SpecCommandHandler } from '../testing/spec-command-handler';
import { AnnotationTasks } from './annotation-tasks.service';
import { TaskSetsService } from './task-sets.service';

const clock = { now: () => new Date(Date.UTC(2026, 11, 4, 12)) };
const labels = ['speedingNearSchool', 'noHazard'];

async function setUp(events = 4) {
  const store = new InMemoryEventStore();
  const handler = new SpecCommandHandler(store);
  const sets = new InMemoryTaskSets();
  const kept = new InMemoryAnnotatableEvents();
  for (let n = 0; n < events; n += 1) await kept.keep(anonymisedEvent({ eventId: `00000000-0000-4000-8000-00000000000${n}`, subCategory: 'hazardOnRoad', occurredAtBucketStart: n }));
  await kept.keep(anonymisedEvent({ eventId: '00000000-0000-4000-8000-0000000000ff', subCategory: 'trafficJam' }));
  const publisher = new RecordingLabelPublisher();
  const tasks = new AnnotationTasks('incheon', handler, store, sets, kept, publisher, new InMemoryLabelStore(), clock);
  const taskSets = new TaskSetsService(handler, sets, kept, clock);
  const { taskSet } = await taskSets.create({ labels, requiredAnswers: 2, guidelineVersion: 'g1', filter: { subCategories: ['hazardOnRoad'] }, size: 10 }, 'lead');
  return { tasks, taskSets, taskSetId: taskSet.taskSetId, publisher };
}

/** Each annotator takes tasks in turn and gives the answer `choose` picks for the task's position. */
async function annotate(tasks: AnnotationTasks, taskSetId: string, annotator: string, choose: (n: number) => string): Promise<number> {
  let n = 0;
  for (let task = await tasks.next(taskSetId, annotator); task; task = await tasks.next(taskSetId, annotator), n += 1) await tasks.answer(task.taskId, annotator, choose(n));
  return n;
}

describe('annotation tasks of a task set', () => {
  it('opens one task per matching event and hands out the anonymised event without pseudonyms', async () => {
    const { tasks, taskSetId } = await setUp();
    const task = await tasks.next(taskSetId, 'annotator-a');
    expect(task).toMatchObject({ taskSetId, labels, guidelineVersion: 'g1', event: { subCategory: 'hazardOnRoad', reporterPseudonym: null, vehiclePseudonyms: [] } });
    expect(await tasks.next(taskSetId, 'annotator-a')).toEqual(task);
  });

  it('publishes each answer as a human label with the pseudonym, and Cohen kappa over the two annotators', async () => {
    const { tasks, taskSets, taskSetId, publisher } = await setUp();
    // a: S S N N, b: S N N N → po = 3/4, pa(S) = 1/2, pb(S) = 1/4, pe = 1/2·1/4 + 1/2·3/4 = 1/2, κ = (3/4 − 1/2)/(1/2) = 1/2.
    expect(await annotate(tasks, taskSetId, 'a', (n) => labels[n < 2 ? 0 : 1] as string)).toBe(4);
    expect(await annotate(tasks, taskSetId, 'b', (n) => labels[n < 1 ? 0 : 1] as string)).toBe(4);
    const report = await taskSets.agreement(taskSetId);
    expect(report).toMatchObject({ tasks: 4, completed: 4, answers: 8, agreement: { method: 'cohen', subjects: 4, ratersPerSubject: 2 } });
    expect(report.agreement?.kappa).toBeCloseTo(0.5, 12);
    expect(publisher.published).toHaveLength(8);
    expect(publisher.published[0]?.provenance).toMatchObject({ labellerKind: 'human', labellerId: 'a', labellerVersion: null, confidence: 1, guidelineVersion: 'g1' });
    expect(await tasks.next(taskSetId, 'c')).toBeUndefined();
  });

  it('takes one answer per annotator: the same answer again republishes the same label id, another is refused', async () => {
    const { tasks, taskSetId, publisher } = await setUp(1);
    const task = await tasks.next(taskSetId, 'a');
    const first = await tasks.answer(task?.taskId as string, 'a', 'noHazard');
    const again = await tasks.answer(task?.taskId as string, 'a', 'noHazard');
    expect(again.labelId).toBe(first.labelId);
    expect(new Set(publisher.published.map((l) => l.labelId)).size).toBe(1);
    await expect(tasks.answer(task?.taskId as string, 'a', 'speedingNearSchool')).rejects.toMatchObject({ code: AnnotationErrorCode.AlreadyAnswered });
    await expect(tasks.answer(task?.taskId as string, 'z', 'noHazard')).rejects.toBeInstanceOf(RuleViolationError);
  });

  it('hands a task to no more annotators than answers required', async () => {
    const { tasks, taskSetId } = await setUp(1);
    expect(await tasks.next(taskSetId, 'a')).toBeDefined();
    expect(await tasks.next(taskSetId, 'b')).toBeDefined();
    expect(await tasks.next(taskSetId, 'c')).toBeUndefined();
  });
});
