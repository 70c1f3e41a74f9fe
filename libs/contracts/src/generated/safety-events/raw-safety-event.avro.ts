// Generated from schemas/safety-events/RawSafetyEvent.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { LegalBasis } from '../shared/legal-basis.avro';
import type { AlertCategory } from './alert-category.avro';
import type { AlertSeverity } from './alert-severity.avro';
import type { SourceKind } from './source-kind.avro';

/**
 * A safety event as the source system sent it, identifying fields included. Topic safety.events.raw.v1, key = eventId. Never leaves the city: the privacy service turns it into an AnonymisedSafetyEvent. Field attribute `privacy` tags identifying data: `direct` identifies a person or vehicle on its own, `quasi` in combination. Field attributes `maxLength` (every string of the field: itself, array items, map values) and `maxKeyLength` (map keys) bound lengths in UTF-16 code units; ingest and privacy refuse longer values.
 * Avro: `mesh.safety.RawSafetyEvent`.
 */
export interface RawSafetyEvent {
  /**
   * Unique id of the event (UUID), chosen by the source or by ingest; also the record key.
   * Avro logical type: uuid.
   */
  readonly eventId: string;
  /** Id of the city node that received the event (lowercase ASCII, e.g. incheon). */
  readonly city: string;
  /** The system that produced the event and the legal basis it collects under. */
  readonly source: SafetyEventSource;
  /** FIWARE Alert category. */
  readonly category: AlertCategory;
  /** FIWARE Alert subCategory; must be one of the values listed for the category (alertSubCategories in @usm/contracts). A string rather than an enum because FIWARE keeps adding values. */
  readonly subCategory: string;
  /** FIWARE Alert severity. */
  readonly severity: AlertSeverity;
  /**
   * When the situation happened, as the source observed it (UTC epoch millis). Exact time narrows down who was there.
   * Avro logical type: timestamp-millis.
   * @privacy quasi
   */
  readonly occurredAt: number;
  /**
   * When the source reported the event to the city (UTC epoch millis).
   * Avro logical type: timestamp-millis.
   */
  readonly reportedAt: number;
  /**
   * Exact position of the event (WGS84). Exact location narrows down who was there.
   * @privacy quasi
   */
  readonly location: GeoPoint;
  /** Postal address of the event's place, when the source knows it. */
  readonly address: PostalAddress | null;
  /**
   * Free text from the source or the caller. Tagged direct because it may contain anything: names, phone numbers, plates.
   * @privacy direct
   */
  readonly description: string | null;
  /** The person who reported the event (emergency calls, citizen reports). */
  readonly reporter: Reporter | null;
  /**
   * Licence plates seen or reported, as read.
   * @privacy direct
   */
  readonly vehiclePlates: ReadonlyArray<string>;
  /**
   * Links to images, video or audio of the event; they show people and plates.
   * @privacy direct
   */
  readonly mediaLinks: ReadonlyArray<string>;
  /**
   * Id of a personal device involved (phone IMEI, wearable), when the source captured one.
   * @privacy direct
   */
  readonly deviceId: string | null;
  /**
   * Age in years of the person the event concerns, when known.
   * @privacy quasi
   */
  readonly subjectAge: number | null;
  /**
   * Source-specific extra attributes. Values are free text and must be scrubbed before they leave the raw topic.
   * @privacy quasi
   */
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * Producing system of a safety event.
 * Avro: `mesh.safety.SafetyEventSource`.
 */
export interface SafetyEventSource {
  /** Id of the producing system as registered with the city (an installation, not a person). */
  readonly systemId: string;
  /** Kind of producing system. */
  readonly kind: SourceKind;
  /** Legal basis under which the system collects personal data. */
  readonly legalBasis: LegalBasis;
}

/**
 * A WGS84 point.
 * Avro: `mesh.safety.GeoPoint`.
 */
export interface GeoPoint {
  /** Latitude in decimal degrees, -90 to 90. */
  readonly latitude: number;
  /** Longitude in decimal degrees, -180 to 180. */
  readonly longitude: number;
}

/**
 * A postal address (schema.org PostalAddress subset, as in FIWARE's address).
 * Avro: `mesh.safety.PostalAddress`.
 */
export interface PostalAddress {
  /**
   * Street and house number; points at a household.
   * @privacy quasi
   */
  readonly streetAddress: string | null;
  /** Administrative district of the city. */
  readonly district: string | null;
  /** Locality (town or city) of the address. */
  readonly locality: string | null;
  /**
   * Postal code; a small area in many countries.
   * @privacy quasi
   */
  readonly postalCode: string | null;
  /** Country, ISO 3166-1 alpha-2 when known. */
  readonly country: string | null;
}

/**
 * Contact details of a reporting person.
 * Avro: `mesh.safety.Reporter`.
 */
export interface Reporter {
  /**
   * Name of the reporter.
   * @privacy direct
   */
  readonly name: string | null;
  /**
   * Phone number of the reporter, E.164 when known.
   * @privacy direct
   */
  readonly phone: string | null;
  /**
   * E-mail address of the reporter.
   * @privacy direct
   */
  readonly email: string | null;
}
