/**
 * The validation spec evaluates on a release the real datasets service builds: it reuses that service's spec
 * helpers (synthetic anonymised events, agreements, topic reads) rather than writing a second set. The one file of
 * apps/validation that reaches into the datasets context (eslint override).
 */
export { anonymisedEventOf } from '@usm/datasets/testing';
export { readValues } from '../../../datasets/src/testing/read-values';
export { adminKafkaOf, companyAgreementEvents, publish } from '../../../datasets/src/testing/two-city-topics';
