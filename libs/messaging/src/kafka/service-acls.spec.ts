import { allTopics, dlqTopicOf, topicCatalog } from '@usm/contracts';
import type { AclBinding } from './acl-binding';
import { aclKeyOf } from './acl-binding';
import { managedByTopicsApply, serviceAclsOf, servicePrincipalNames } from './service-acls';

const acls = serviceAclsOf({ city: 'incheon', partners: ['incheon', 'barcelona', 'osaka'] });
const of = (principal: string): AclBinding[] => acls.filter((b) => b.principal === principal);
const allowed = (principal: string, operation: string, topic: string): boolean =>
  of(principal).some((b) => b.resource === 'topic' && b.operation === operation && (b.pattern === 'literal' ? b.name === topic : topic.startsWith(b.name)));
const raw = topicCatalog.safetyEventsRaw.name;

describe('service ACLs from the topic catalog', () => {
  it('gives every catalog topic a service produces a writer (labels and validation results have no producer yet), and every shareable topic a service that writes or describes it', () => {
    const principals = [...servicePrincipalNames];
    const noProducerYet: readonly string[] = [topicCatalog.validationResults.name, topicCatalog.safetyLabels.name];
    const produced = allTopics().filter((t) => !noProducerYet.includes(t.name));
    for (const topic of produced) expect(principals.some((p) => allowed(p, 'write', topic.name))).toBe(true);
    for (const topic of allTopics().filter((t) => t.shareable)) expect(allowed('federation', 'describe', topic.name)).toBe(true);
  });

  it('lets nothing but privacy read raw events, and integrator do nothing but write them', () => {
    const readers = [...servicePrincipalNames, 'mm2-barcelona'].filter((p) => allowed(p, 'read', raw));
    expect(readers).toEqual(['privacy']);
    expect(of('integrator').map((b) => `${b.operation} ${b.resource} ${b.name}`)).toEqual([`write topic ${raw}`, `describe topic ${raw}`]);
  });

  it('lets ingest write the raw topic and, for refused MQTT messages, its DLQ, and read nothing', () => {
    expect(allowed('ingest', 'write', raw)).toBe(true);
    expect(allowed('ingest', 'write', dlqTopicOf(raw))).toBe(true);
    expect(allowed('ingest', 'read', raw)).toBe(false);
  });

  it('gives privacy its group, transactional ids and outputs, and the raw DLQ for poison records', () => {
    expect(allowed('privacy', 'write', topicCatalog.safetyEventsAnonymised.name)).toBe(true);
    expect(allowed('privacy', 'write', topicCatalog.safetyEventsQuarantine.name)).toBe(true);
    expect(allowed('privacy', 'write', dlqTopicOf(raw))).toBe(true);
    expect(of('privacy')).toContainEqual({ principal: 'privacy', resource: 'group', name: 'incheon-privacy', pattern: 'prefixed', operation: 'read' });
    expect(of('privacy')).toContainEqual({ principal: 'privacy', resource: 'transactional-id', name: 'incheon-privacy', pattern: 'prefixed', operation: 'write' });
    expect(allowed('privacy', 'write', raw)).toBe(false);
  });

  it('gives consent its relay (transactional id and cursor group) and projection groups, and no one else writes consent records or agreements', () => {
    expect(of('consent')).toContainEqual({ principal: 'consent', resource: 'transactional-id', name: 'usm.outbox-relay.incheon-consent', pattern: 'prefixed', operation: 'write' });
    expect(of('consent')).toContainEqual({ principal: 'consent', resource: 'group', name: 'incheon-consent.', pattern: 'prefixed', operation: 'read' });
    for (const topic of [topicCatalog.consentRecords.name, topicCatalog.agreements.name]) {
      expect([...servicePrincipalNames, 'mm2-barcelona'].filter((p) => allowed(p, 'write', topic))).toEqual(['consent']);
    }
  });

  it('lets federation read agreements, delete its own groups and manage ACLs, but read no event', () => {
    expect(allowed('federation', 'read', topicCatalog.agreements.name)).toBe(true);
    expect(of('federation')).toContainEqual({ principal: 'federation', resource: 'group', name: 'incheon-federation-', pattern: 'prefixed', operation: 'delete' });
    expect(of('federation').filter((b) => b.resource === 'cluster').map((b) => b.operation)).toEqual(['describe', 'alter']);
    expect(allTopics().filter((t) => t.name !== topicCatalog.agreements.name).some((t) => allowed('federation', 'read', t.name))).toBe(false);
  });

  it('lets datasets read own and partner anonymised events and labels, consent and agreements, write only releases, and never read raw events', () => {
    const anonymised = topicCatalog.safetyEventsAnonymised.name;
    const labels = topicCatalog.safetyLabels.name;
    for (const topic of [anonymised, labels, `barcelona.${anonymised}`, `osaka.${labels}`, topicCatalog.consentRecords.name, topicCatalog.agreements.name]) {
      expect(allowed('datasets', 'read', topic)).toBe(true);
    }
    expect(allowed('datasets', 'read', `incheon.${anonymised}`)).toBe(false);
    expect(allowed('datasets', 'read', raw)).toBe(false);
    expect(allTopics().filter((t) => allowed('datasets', 'write', t.name)).map((t) => t.name)).toEqual([topicCatalog.safetyEventsRetractions.name, topicCatalog.datasetReleases.name]);
    expect([...servicePrincipalNames, 'mm2-barcelona'].filter((p) => allowed(p, 'write', topicCatalog.datasetReleases.name))).toEqual(['datasets']);
    expect(of('datasets').filter((b) => b.resource === 'group')).toEqual([
      { principal: 'datasets', resource: 'group', name: 'incheon-datasets', pattern: 'prefixed', operation: 'read' },
      { principal: 'datasets', resource: 'group', name: 'incheon-datasets', pattern: 'prefixed', operation: 'describe' },
    ]);
  });

  it('lets datasets publish retraction notices, read the copies from every partner, and dead-letter only into local DLQs', () => {
    const retractions = topicCatalog.safetyEventsRetractions.name;
    expect([...servicePrincipalNames, 'mm2-barcelona'].filter((p) => allowed(p, 'write', retractions))).toEqual(['datasets']);
    expect(allowed('datasets', 'read', `barcelona.${retractions}`)).toBe(true);
    expect(allowed('datasets', 'read', `osaka.${retractions}`)).toBe(true);
    expect(allowed('datasets', 'read', `incheon.${retractions}`)).toBe(false);
    expect(allowed('datasets', 'write', `barcelona.${retractions}`)).toBe(false);
    expect(allowed('datasets', 'write', dlqTopicOf(retractions))).toBe(true);
    expect(allowed('datasets', 'write', dlqTopicOf(topicCatalog.consentRecords.name))).toBe(true);
    expect(allowed('datasets', 'write', dlqTopicOf(raw))).toBe(false);
  });

  it('confines mm2-<city> to topics prefixed with its city and its own internal topics and group, for every other city only', () => {
    expect(allowed('mm2-barcelona', 'create', 'barcelona.safety.labels.v1')).toBe(true);
    expect(allowed('mm2-barcelona', 'write', 'barcelona.safety.labels.v1')).toBe(true);
    expect(allowed('mm2-barcelona', 'write', 'mm2-offset-syncs.barcelona.internal')).toBe(true);
    expect(allowed('mm2-barcelona', 'write', 'osaka.safety.labels.v1')).toBe(false);
    expect(allTopics().some((t) => allowed('mm2-barcelona', 'write', t.name) || allowed('mm2-barcelona', 'read', t.name))).toBe(false);
    expect(of('mm2-barcelona').filter((b) => b.resource === 'group').map((b) => b.name)).toEqual(['barcelona-mm2', 'barcelona-mm2', 'barcelona-federation-probe-', 'barcelona-federation-probe-']);
    expect(of('mm2-incheon')).toEqual([]);
    expect(of('mm2-osaka').length).toBeGreaterThan(0);
  });

  it('grants nothing to partner-* or admin, whose ACLs topics:apply never touches, and lists each binding once', () => {
    expect(acls.filter((b) => b.principal.startsWith('partner-') || b.principal === 'admin')).toEqual([]);
    expect(new Set(acls.map(aclKeyOf)).size).toBe(acls.length);
    expect(managedByTopicsApply('partner-barcelona')).toBe(false);
    expect(managedByTopicsApply('mm2-barcelona')).toBe(true);
  });

  it('names topics under a test prefix as topics:apply creates them', () => {
    const prefixed = serviceAclsOf({ city: 'incheon', partners: [], topicPrefix: 'run1' });
    expect(prefixed).toContainEqual({ principal: 'ingest', resource: 'topic', name: `run1.${raw}`, pattern: 'literal', operation: 'write' });
  });
});
