import { allTopics, deadLetterTopicOf, dlqTopicOf, findTopic, shareableTopics, subjectOf, topicCatalog } from '../index';

describe('topic catalog', () => {
  it('names the seven topics of a city node', () => {
    expect(allTopics().map((t) => t.name)).toEqual([
      'safety.events.raw.v1',
      'safety.events.anonymised.v1',
      'safety.labels.v1',
      'consent.records.v1',
      'agreements.v1',
      'dataset.releases.v1',
      'validation.results.v1',
    ]);
  });

  it('shares only anonymised events, labels, dataset releases and validation results', () => {
    expect(shareableTopics().map((t) => t.name)).toEqual([
      topicCatalog.safetyEventsAnonymised.name,
      topicCatalog.safetyLabels.name,
      topicCatalog.datasetReleases.name,
      topicCatalog.validationResults.name,
    ]);
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
