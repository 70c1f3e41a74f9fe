import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AnonymisedSafetyEvent, SafetyLabel } from '@usm/contracts';
import { dlqTopicOf, topicCatalog } from '@usm/contracts';
import { anonymisedEvent } from '@usm/labels/testing';
import type { AclBinding } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { cityStack, tokenFor, uniqueName, waitFor } from '@usm/testing';
import { adminKafkaOf, cleanUp, prepareTopics, publish, publishBytes, readValues, stackCommand } from './testing/city-topics';
import type { LabelsNode } from './testing/labels-service';
import { startLabelsService } from './testing/labels-service';

const incheon = cityStack('incheon');
const barcelona = cityStack('barcelona');
const run = uniqueName('labels');
const prefix = `${run}-`;
const eventsTopic = `${prefix}${topicCatalog.safetyEventsAnonymised.name}`;
const labelsTopic = `${prefix}${topicCatalog.safetyLabels.name}`;
const [S, N] = ['speedingNearSchool', 'noHazard'];

/** Thursday 3 December 2026 on the morning school run, local time, in a school-zone cell of each city's rule set. */
const cityFacts: Record<string, { schoolRun: number; cell: string }> = {
  incheon: { schoolRun: Date.UTC(2026, 11, 2, 23, 0), cell: '8930e0a8127ffff' },
  barcelona: { schoolRun: Date.UTC(2026, 11, 3, 7, 30), cell: '89394460327ffff' },
};

/** Four speeding hazards in the school zone on the school run, a wrong-way car, and a traffic jam no rule labels. */
function eventsOf(city: string): AnonymisedSafetyEvent[] {
  const { schoolRun, cell } = cityFacts[city] as { schoolRun: number; cell: string };
  const at = { city, h3Cell: cell, h3Resolution: 9, occurredAtBucketStart: schoolRun, reporterPseudonym: `rp-${city}-${run}`, vehiclePseudonyms: [`vp-${city}-${run}`] };
  return [
    ...[0, 1, 2, 3].map(() => anonymisedEvent({ ...at, eventId: randomUUID(), subCategory: 'hazardOnRoad', severity: 'high' })),
    anonymisedEvent({ ...at, eventId: randomUUID(), subCategory: 'carWrongDirection' }),
    anonymisedEvent({ ...at, eventId: randomUUID(), subCategory: 'trafficJam', severity: 'low' }),
  ];
}

const events = { incheon: eventsOf('incheon'), barcelona: eventsOf('barcelona') };
const nodes: Record<string, LabelsNode> = {};
const grants: Record<string, AclBinding[]> = {};
let validationStandIn: Server | undefined;
const subjectOf = (token: string): string => (JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub: string }).sub;
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
const codeOf = async (pending: Promise<Response>): Promise<[number, string]> => {
  const response = await pending;
  return [response.status, (await json<{ code: string }>(response)).code];
};
const labelsOn = async (city: CityStack, topic = labelsTopic) => (await readValues<SafetyLabel>(city, topic)).filter((v): v is SafetyLabel => v !== null);

/** Until apps/validation exists: its documented `GET /v1/solutions/{id}/versions/{version}`, knowing one solution version. */
async function startValidationStandIn(): Promise<string> {
  validationStandIn = createServer((request, response) => {
    const registered = request.url === '/v1/solutions/poom-guardian/versions/1.2.0' && (request.headers.authorization ?? '').startsWith('Bearer ');
    response.writeHead(registered ? 200 : 404, { 'content-type': 'application/json' }).end(registered ? '{"solutionId":"poom-guardian","version":"1.2.0"}' : '{}');
  });
  await new Promise<void>((resolve) => validationStandIn?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(validationStandIn.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  grants['incheon'] = await prepareTopics('incheon', prefix);
  grants['barcelona'] = await prepareTopics('barcelona', prefix);
  for (const [city, stack] of [['incheon', incheon], ['barcelona', barcelona]] as const) await publish(stack, eventsTopic, events[city].map((value) => ({ key: value.eventId, value })));
  await publishBytes(incheon, eventsTopic, 'not-avro', Buffer.from('not an Avro record'));
  nodes['incheon'] = await startLabelsService(incheon, prefix);
  nodes['barcelona'] = await startLabelsService(barcelona, prefix, { LABELS_VALIDATION_URL: await startValidationStandIn() });
}, 600_000);

afterAll(async () => {
  for (const node of Object.values(nodes)) await node.service.stop();
  validationStandIn?.close();
  await stackCommand(['unmirror']).catch(() => undefined);
  for (const city of ['incheon', 'barcelona']) await cleanUp(city, run, grants[city] ?? []);
}, 180_000);

describe.each([
  ['incheon', incheon],
  ['barcelona', barcelona],
] as const)('the labels service of %s on its own anonymised events', (city, stack) => {
  const node = () => nodes[city] as LabelsNode;

  it('publishes rule labels with the rule set, its version and the rule, once per event and label', async () => {
    let labels: SafetyLabel[] = [];
    await waitFor(async () => (labels = await labelsOn(stack)).length >= 5, { timeoutMs: 120_000, intervalMs: 1_000, description: `5 rule labels on ${labelsTopic} in ${city}` });
    const ids = events[city].map((e) => e.eventId);
    expect(labels.filter((l) => l.labeller.kind === 'rule').map((l) => [ids.indexOf(l.eventId), l.label]).sort()).toEqual([[0, S], [1, S], [2, S], [3, S], [4, 'carWrongDirection']]);
    expect(labels[0]).toMatchObject({ city, labeller: { kind: 'rule', id: `${city}-child-commute`, version: '1', solutionId: null, ruleId: expect.any(String) }, guidelineVersion: 'child-commute-2026.1' });
    expect(new Set(labels.map((l) => l.labelId)).size).toBe(labels.length);
    const shown = await json<{ label: string; ruleId: string; provenance: { labellerKind: string } }[]>(await node().call('GET', `/v1/events/${ids[4]}/labels`, await tokenFor(stack, 'labelling-lead')));
    expect(shown).toEqual([expect.objectContaining({ label: 'carWrongDirection', ruleId: 'wrong-way', provenance: expect.objectContaining({ labellerKind: 'rule' }) })]);
  }, 180_000);

  it('has two annotators answer a task set once each, publishes their human labels, and reports Cohen\'s kappa', async () => {
    const lead = await tokenFor(stack, 'labelling-lead');
    const created = await node().call('POST', '/v1/task-sets', lead, { labels: [S, N], requiredAnswers: 2, guidelineVersion: 'child-commute-2026.1', filter: { eventIds: events[city].slice(0, 4).map((e) => e.eventId) }, size: 10 });
    expect(created.status).toBe(201);
    const { taskSetId, tasks } = await json<{ taskSetId: string; tasks: { taskId: string; eventId: string }[] }>(created);
    expect(tasks).toHaveLength(4);
    // Incheon: a = S S N N, b = S N N N → pₒ = 3/4, pₑ = ½·¼ + ½·¾ = ½, κ = (¾ − ½)/(1 − ½) = 0.5.
    // Barcelona: a = S S S N, b = S N N N → pₒ = 2/4, pₑ = ¾·¼ + ¼·¾ = 3/8, κ = (½ − ⅜)/(1 − ⅜) = 0.2.
    const answers = city === 'incheon' ? { annotator: [S, S, N, N], 'annotator-2': [S, N, N, N] } : { annotator: [S, S, S, N], 'annotator-2': [S, N, N, N] };
    const expectedKappa = city === 'incheon' ? 0.5 : 0.2;
    const byEvent = new Map(tasks.map((t, n) => [t.eventId, n]));
    for (const [annotator, chosen] of Object.entries(answers)) {
      const token = await tokenFor(stack, annotator);
      for (let n = 0; n < 4; n += 1) {
        const next = await node().call('GET', `/v1/task-sets/${taskSetId}/tasks/next`, token);
        expect(next.status).toBe(200);
        const task = await json<{ taskId: string; event: AnonymisedSafetyEvent; labels: string[] }>(next);
        expect(task.event).toMatchObject({ city, reporterPseudonym: null, vehiclePseudonyms: [] });
        const answered = await node().call('POST', `/v1/tasks/${task.taskId}/answers`, token, { label: chosen[byEvent.get(task.event.eventId) ?? -1] });
        expect(answered.status).toBe(201);
      }
      expect((await node().call('GET', `/v1/task-sets/${taskSetId}/tasks/next`, token)).status).toBe(204);
      // One answer per annotator: a different second answer is refused while the task waits for the other annotator, …
      if (annotator === 'annotator') expect(await codeOf(node().call('POST', `/v1/tasks/${tasks[0]?.taskId}/answers`, token, { label: N }))).toEqual([422, 'LABELS.ANNOTATOR_ALREADY_ANSWERED']);
    }
    // … and once the task has all its answers.
    expect(await codeOf(node().call('POST', `/v1/tasks/${tasks[0]?.taskId}/answers`, await tokenFor(stack, 'annotator'), { label: N }))).toEqual([422, 'LABELS.ANNOTATION_TASK_COMPLETED']);
    const agreement = await json<{ tasks: number; completed: number; answers: number; agreement: { method: string; kappa: number; observedAgreement: number } }>(
      await node().call('GET', `/v1/task-sets/${taskSetId}/agreement`, lead),
    );
    expect(agreement).toMatchObject({ tasks: 4, completed: 4, answers: 8, agreement: { method: 'cohen' } });
    expect(agreement.agreement.kappa).toBeCloseTo(expectedKappa, 12);
    process.stdout.write(`measured: ${city} task set ${taskSetId}: Cohen's kappa ${agreement.agreement.kappa.toFixed(4)} (observed ${agreement.agreement.observedAgreement}, 2 annotators × 4 tasks)\n`);
    const annotators = new Set([subjectOf(await tokenFor(stack, 'annotator')), subjectOf(await tokenFor(stack, 'annotator-2'))]);
    let human: SafetyLabel[] = [];
    await waitFor(async () => (human = (await labelsOn(stack)).filter((l) => l.labeller.kind === 'human')).length >= 8, { timeoutMs: 60_000, description: `8 human labels in ${city}` });
    expect(human).toHaveLength(8);
    expect(new Set(human.map((l) => l.labeller.id))).toEqual(annotators);
    expect(human.every((l) => l.labeller.version === null && l.confidence === 1)).toBe(true);
  }, 180_000);

  it('answers 401 without a token and 403 to a persona without the permission', async () => {
    expect((await node().call('GET', `/v1/events/${events[city][0]?.eventId}/labels`)).status).toBe(401);
    expect((await node().call('POST', '/v1/task-sets', await tokenFor(stack, 'annotator'), { labels: [S, N], requiredAnswers: 2, guidelineVersion: 'g', size: 1 })).status).toBe(403);
    expect((await node().call('POST', '/v1/model-labels', await tokenFor(stack, 'annotator'), {})).status).toBe(403);
    expect((await node().call('GET', `/v1/task-sets/${randomUUID()}/tasks/next`, await tokenFor(stack, 'poom-gpu-platform'))).status).toBe(403);
  }, 60_000);
});

describe('model labels of a registered solution', () => {
  const body = (eventId: string, version = '1.2.0') => ({ solutionId: 'poom-guardian', version, guidelineVersion: 'child-commute-2026.1', labels: [{ eventId, label: S, confidence: 0.83 }] });

  it('are refused with a clear error where no validation service is configured (Incheon)', async () => {
    const refused = await (nodes['incheon'] as LabelsNode).call('POST', '/v1/model-labels', await tokenFor(incheon, 'poom-gpu-platform'), body(events.incheon[0]?.eventId as string));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ code: 'LABELS.SOLUTION_REGISTRY_NOT_CONFIGURED', message: expect.stringContaining('no validation service') });
  });

  it('are published for a registered version on Barcelona\'s own events, and refused for another version or another city\'s event', async () => {
    const node = nodes['barcelona'] as LabelsNode;
    const token = await tokenFor(barcelona, 'poom-gpu-platform');
    const own = events.barcelona[5]?.eventId as string;
    const accepted = await node.call('POST', '/v1/model-labels', token, body(own));
    expect(accepted.status).toBe(201);
    expect((await node.call('POST', '/v1/model-labels', token, body(own, '9.9.9'))).status).toBe(422);
    const foreign = await node.call('POST', '/v1/model-labels', token, body(events.incheon[0]?.eventId as string));
    expect([foreign.status, (await json<{ code: string }>(foreign)).code]).toEqual([422, 'LABELS.EVENTS_NOT_OF_THIS_CITY']);
    let model: SafetyLabel[] = [];
    await waitFor(async () => (model = (await labelsOn(barcelona)).filter((l) => l.labeller.kind === 'model')).length >= 1, { timeoutMs: 60_000, description: 'the model label in barcelona' });
    expect(model).toEqual([expect.objectContaining({ eventId: own, label: S, confidence: 0.83, labeller: { kind: 'model', id: 'poom-guardian', version: '1.2.0', modelVersion: '1.2.0', solutionId: 'poom-guardian', ruleId: null } })]);
  }, 120_000);
});

describe('dead letters and replication', () => {
  it('dead-letters the undecodable record of Incheon\'s anonymised stream', async () => {
    await waitFor(async () => (await readValues<unknown>(incheon, dlqTopicOf(eventsTopic))).length >= 1, { timeoutMs: 60_000, description: 'a dead letter' });
  }, 90_000);

  it('replicates Incheon\'s labels to Barcelona once a flow exists', async () => {
    const local = await labelsOn(incheon);
    await stackCommand(['mirror', '--flow', `incheon>barcelona:${labelsTopic}`]);
    const remote = `incheon.${labelsTopic}`;
    const admin = adminKafkaOf('barcelona').admin();
    await admin.connect();
    try {
      await waitFor(async () => (await admin.listTopics()).includes(remote) && (await admin.fetchTopicOffsets(remote)).reduce((s, p) => s + Number(p.high), 0) >= local.length, {
        timeoutMs: 180_000, intervalMs: 2_000, description: `${local.length} labels in ${remote}`,
      });
    } finally {
      await admin.disconnect();
    }
    const copies = await labelsOn(barcelona, remote);
    expect(new Set(copies.map((l) => l.labelId))).toEqual(new Set(local.map((l) => l.labelId)));
    expect(copies.every((l) => l.city === 'incheon')).toBe(true);
  }, 240_000);
});
