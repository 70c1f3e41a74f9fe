/** A valid definition document as a data steward would send it; specs override one field at a time. */
export const definitionDocument = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  definitionId: 'school-zone-hazards',
  title: 'School zone hazards',
  purpose: 'aiTraining',
  sources: { events: ['safety.events.anonymised.v1', 'incheon.safety.events.anonymised.v1'], labels: ['safety.labels.v1'] },
  splits: { train: 0.8, validation: 0.1, test: 0.1, seed: 'seed-school-zone-2026' },
  usage: { licence: 'CC-BY-4.0', terms: 'Research and AI training only; no re-identification.', accessRights: 'restricted' },
  ...overrides,
});
