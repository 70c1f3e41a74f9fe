/**
 * The city whose registry wrote a topic's records, from MirrorMaker 2's DefaultReplicationPolicy names:
 * `incheon.safety.events.anonymised.v1` came from incheon; `incheon.barcelona.x` reached us through
 * incheon but was written in barcelona, so the innermost known city wins. Undefined for a local topic
 * or a first segment that is no known city (catalog names such as `safety.…` start with a word, not a city).
 */
export function originCityOf(topic: string, knownCities: ReadonlySet<string>, separator = '.'): string | undefined {
  let origin: string | undefined;
  for (const segment of topic.split(separator).slice(0, -1)) {
    if (!knownCities.has(segment)) break;
    origin = segment;
  }
  return origin;
}
