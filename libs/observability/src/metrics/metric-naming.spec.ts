import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { metricNamingProblems, metricNamingViolations } from './metric-naming';

const problemsOf = (name: string, type: string, labelNames: string[] = []) => metricNamingProblems({ name, type, labelNames });

describe('metric naming convention', () => {
  it('accepts usm_<owner>_<name>_<unit>: counters in _total, durations in _seconds, records in _records, 0/1 states', () => {
    expect(problemsOf('usm_privacy_events_kept_local_total', 'counter', ['basis', 'reason'])).toEqual([]);
    expect(problemsOf('usm_federation_replication_end_to_end_seconds', 'histogram', ['target', 'topic'])).toEqual([]);
    expect(problemsOf('usm_messaging_consumer_lag_records', 'gauge', ['topic', 'partition'])).toEqual([]);
    expect(problemsOf('usm_event_sourcing_outbox_backlog_rows', 'gauge', ['relay'])).toEqual([]);
    expect(problemsOf('usm_federation_mirror_maker_up', 'gauge')).toEqual([]);
    expect(problemsOf('usm_ingest_mqtt_connected', 'gauge')).toEqual([]);
  });

  it('refuses a name without the usm_ prefix or with an owner that is not a context or shared library', () => {
    expect(problemsOf('privacy_quarantined_total', 'counter')).toEqual(['privacy_quarantined_total: does not start with usm_<owner>_ (ingest, privacy, consent, federation, datasets, labels, sites, validation, messaging, event_sourcing)']);
    expect(problemsOf('mesh_messaging_dead_letters_total', 'counter')).toHaveLength(1);
    expect(problemsOf('usm_ledger_commands_total', 'counter')).toHaveLength(1);
  });

  it('refuses a counter without _total, and _total on anything but a counter', () => {
    expect(problemsOf('usm_federation_mirror_maker_restarts', 'counter')).toEqual(['usm_federation_mirror_maker_restarts: a counter ends with _total']);
    expect(problemsOf('usm_federation_mirror_maker_restarts_total', 'gauge')).toContain('usm_federation_mirror_maker_restarts_total: only a counter ends with _total');
  });

  it('refuses a gauge or histogram without a unit', () => {
    expect(problemsOf('usm_messaging_consumer_lag', 'gauge')).toEqual(['usm_messaging_consumer_lag: a gauge ends with one of seconds, bytes, records, ratio, rows, topics, agreements, failures, offset, up, connected, status, info']);
    expect(problemsOf('usm_datasets_withdrawal_time', 'histogram')).toEqual(['usm_datasets_withdrawal_time: a histogram ends with a unit (seconds, bytes, records, ratio)']);
    expect(problemsOf('usm_datasets_withdrawal_ms', 'summary')).toHaveLength(1);
  });

  it('refuses names and labels that are not lower snake case, and labels the registry or Prometheus set', () => {
    expect(problemsOf('usm_sites_importedTotal', 'counter')).toContain('usm_sites_importedTotal: not lower snake case');
    expect(problemsOf('usm_sites_imported_total', 'counter', ['sourceKind', 'city'])).toEqual([
      'usm_sites_imported_total{sourceKind}: a label is lower snake case',
      'usm_sites_imported_total{city}: city is reserved',
    ]);
  });

  it('checks every metric registered in a registry, with the label names it was made with', () => {
    const registry = new Registry();
    new Counter({ name: 'usm_sites_imported_total', help: 'ok', registers: [registry] });
    new Gauge({ name: 'usm_sites_slots', help: 'no unit', labelNames: ['site_id'], registers: [registry] });
    new Histogram({ name: 'usm_sites_import_seconds', help: 'ok', labelNames: ['service'], registers: [registry] });
    expect(metricNamingViolations(registry)).toEqual([
      'usm_sites_slots: a gauge ends with one of seconds, bytes, records, ratio, rows, topics, agreements, failures, offset, up, connected, status, info',
      'usm_sites_import_seconds{service}: service is reserved',
    ]);
  });
});
