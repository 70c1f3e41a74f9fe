/**
 * The validation specs evaluate on releases the real datasets service builds, from labels the real labels service
 * publishes: they reuse those services' spec helpers (synthetic anonymised and school-zone events, agreements, topic
 * reads, the stack's MirrorMaker 2, a labels service process) rather than writing a second set. The one file of
 * apps/validation that reaches into the datasets and labels contexts (eslint override).
 */
export { anonymisedEventOf } from '@usm/datasets/testing';
export { anonymisedEvent } from '@usm/labels/testing';
export { readValues } from '../../../datasets/src/testing/read-values';
export { adminKafkaOf, companyAgreementEvents, publish, stackCommand } from '../../../datasets/src/testing/two-city-topics';
export { startLabelsService } from '../../../labels/src/testing/labels-service';
export type { LabelsNode } from '../../../labels/src/testing/labels-service';
