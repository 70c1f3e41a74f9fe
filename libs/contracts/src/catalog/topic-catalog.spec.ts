import { allTopics, deadLetterTopicOf, dlqTopicOf, findTopic, shareableTopics, subjectOf, topicCatalog } from '../index';

describe('topic catalog', () => {
  it('names every topic once, versioned, and keys each entry by a catalog id', () => {
    const names = allTopics().map((t) => t.name);
    expect(new Set(names).size).toBe(Object.keys(topicCatalog).length);
    for (const name of names) expect(name).toMatch(/^[a-z]+(\.[a-z]+)*\.v\d+$/);
  });

  it('never shares raw events, the consent ledger, agreements or quarantined events', () => {
    const shared = shareableTopics().map((t) => t.name);
    expect(shared).toEqual(allTopics().filter((t) => t.shareable).map((t) => t.name));
    const local = [topicCatalog.safetyEventsRaw, topicCatalog.consentRecords, topicCatalog.agreements, topicCatalog.safetyEventsQuarantine];
    for (const topic of local) expect(shared).not.toContain(topic.name);
    expect(shared).toContain(topicCatalog.safetyEventsAnonymised.name);
  });

  it('quarantines anonymised events locally, for less time than the anonymised topic keeps them', () => {
    const quarantine = topicCatalog.safetyEventsQuarantine;
    expect(quarantine).toMatchObject({ valueSchema: topicCatalog.safetyEventsAnonymised.valueSchema, shareable: false, cleanupPolicy: 'delete' });
    expect(quarantine.retentionMs).toBeGreaterThan(0);
    expect(quarantine.retentionMs).toBeLessThan(topicCatalog.safetyEventsAnonymised.retentionMs);
  });

  it('lets a topic follow only a shareable catalog topic, and only when it is shareable itself', () => {
    const followers = allTopics().filter((t) => t.followsTopic !== undefined);
    expect(followers.map((t) => t.name)).toContain(topicCatalog.safetyEventsRetractions.name);
    for (const follower of followers) {
      expect(follower.shareable).toBe(true);
      expect(findTopic(follower.followsTopic ?? '')?.shareable).toBe(true);
      expect(follower.followsTopic).not.toBe(follower.name);
    }
    expect(topicCatalog.safetyEventsRetractions.followsTopic).toBe(topicCatalog.safetyEventsAnonymised.name);
  });

  it('documents every entry and gives it at least one partition', () => {
    for (const topic of allTopics()) {
      expect(topic.doc.length).toBeGreaterThan(40);
      expect(topic.partitions).toBeGreaterThanOrEqual(1);
      expect(topic.retentionMs === -1 || topic.retentionMs > 0).toBe(true);
    }
  });

  it('derives the DLQ name and the value subject', () => {
    expect(dlqTopicOf('safety.events.raw.v1')).toBe('safety.events.raw.v1.dlq');
    expect(subjectOf('safety.events.raw.v1')).toBe('safety.events.raw.v1-value');
  });

  it('finds a topic by name and nothing for an unknown name', () => {
    expect(findTopic('safety.labels.v1')).toBe(topicCatalog.safetyLabels);
    expect(findTopic('incheon.safety.labels.v1')).toBeUndefined();
  });

  it('keeps dead letters no longer than the topic and never shares them', () => {
    const raw = deadLetterTopicOf(topicCatalog.safetyEventsRaw);
    expect(raw).toMatchObject({ name: 'safety.events.raw.v1.dlq', shareable: false, retentionMs: topicCatalog.safetyEventsRaw.retentionMs });
    expect(deadLetterTopicOf(topicCatalog.consentRecords).retentionMs).toBe(14 * 24 * 60 * 60 * 1000);
    expect(deadLetterTopicOf(topicCatalog.safetyLabels).shareable).toBe(false);
  });
});
