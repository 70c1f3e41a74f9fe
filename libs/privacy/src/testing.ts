// Test fixtures of the privacy context, for specs and integration tests only (never production code).
export type { CorpusFormat, CorpusFormatSpec, CorpusIdentifier, CorpusKind, CorpusRegion } from './testing/corpus/corpus-identifier';
export { corpusFormats, generateIdentifierCorpus } from './testing/corpus/identifier-corpus';
export type { CorpusKindEntry } from './testing/corpus/corpus-registry';
export { corpusKinds, corpusRegistry } from './testing/corpus/corpus-registry';
export { generateKindCorpus, kindSeedOf } from './testing/corpus/identifier-corpus';
export type { CityFixture, FixtureLanguage } from './testing/city-fixtures';
export { cityFixtures } from './testing/city-fixtures';
export type { DetectableIdentifier } from './testing/identifier-arbitraries';
export { fillerArbitrary, identifierArbitrary } from './testing/identifier-arbitraries';
export { generateRawEvents } from './testing/raw-events.generator';
export type { SeededRandom } from './testing/seeded-random';
export { seededRandom } from './testing/seeded-random';
export { defaultPolicyDocument, rawEventPrivacyTags, testPrivacyPolicy } from './testing/test-privacy-policy';
export { testPseudonymisationSecret, testPseudonymiser } from './testing/test-pseudonymiser';
