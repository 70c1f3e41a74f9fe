import { parsePrometheusText } from './prometheus-text';
import { privacyCountersOf } from './privacy-counters';

const privacyService = `# HELP usm_privacy_events_kept_local_total Anonymised events kept in the city
# TYPE usm_privacy_events_kept_local_total counter
usm_privacy_events_kept_local_total{basis="consent",reason="gate-refused",service="privacy",city="incheon"} 3
usm_privacy_events_kept_local_total{basis="publicTask",reason="unregistered-system",service="privacy",city="incheon"} 2
usm_privacy_quarantined_total{kind="phone",service="privacy",city="incheon"} 1
usm_messaging_dead_letters_total{topic="safety.events.raw.v1",code="CONTRACT.DECODE",service="privacy",city="incheon"} 4
usm_messaging_dead_letters_total{topic="consent.records.v1",code="CONTRACT.DECODE",service="consent",city="incheon"} 7
`;

describe('privacy counters of a city', () => {
  it('sums kept-local, quarantined and the privacy context\'s own dead letters; shared is what reached the shareable topic', () => {
    expect(privacyCountersOf(parsePrometheusText(privacyService), 12)).toEqual({ shared: 12, keptLocal: 5, deadLettered: 4, quarantined: 1 });
  });

  it('reads zero for counters a fresh service has not exposed yet', () => {
    expect(privacyCountersOf(parsePrometheusText('# nothing yet\n'), 0)).toEqual({ shared: 0, keptLocal: 0, deadLettered: 0, quarantined: 0 });
  });
});

describe('the Prometheus text format', () => {
  it('reads labels with escaped quotes and skips malformed lines', () => {
    expect(parsePrometheusText('a_total{k="say \\"hi\\""} 2\nbroken line\nb 1.5e3\nc{x="1"} NaNish')).toEqual([
      { name: 'a_total', labels: { k: 'say "hi"' }, value: 2 },
      { name: 'b', labels: {}, value: 1500 },
    ]);
  });
});
