// The contract types are generated from schemas/ into @usm/contracts; the domain names them from here.
export type { GeoPoint, PostalAddress, RawSafetyEvent, Reporter, SafetyEventSource } from '@usm/contracts';
