// The contract types are generated from schemas/ into @usm/contracts; the domain names them from here.
export type { AnonymisedSafetyEvent, AnonymisedSource, PrivacyProvenance } from '@usm/contracts';
