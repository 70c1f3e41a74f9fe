import { addressDeDetector } from './address-de.detector';
import { addressEsDetector } from './address-es.detector';
import { addressJpDetector } from './address-jp.detector';
import { addressKrDetector } from './address-kr.detector';
import { addressTwDetector } from './address-tw.detector';
import { cardDetector } from './card.detector';
import { dniDetector } from './dni.detector';
import { driverLicenceKrDetector } from './driver-licence-kr.detector';
import { emailDetector } from './email.detector';
import { foreignerRrnDetector } from './foreigner-rrn.detector';
import { geoDetector } from './geo.detector';
import { ibanDetector } from './iban.detector';
import type { IdentifierDetector } from './identifier-kind';
import { imeiDetector } from './imei.detector';
import { ipDetector } from './ip.detector';
import { macDetector } from './mac.detector';
import { myNumberDetector } from './my-number.detector';
import { nieDetector } from './nie.detector';
import { passportDeDetector } from './passport-de.detector';
import { passportEsDetector } from './passport-es.detector';
import { passportJpDetector } from './passport-jp.detector';
import { passportKrDetector } from './passport-kr.detector';
import { passportTwDetector } from './passport-tw.detector';
import { personNameDetector } from './person-name.detector';
import { phoneDetector } from './phone.detector';
import { plateDetector } from './plate.detector';
import { rrnDetector } from './rrn.detector';
import { twNationalIdDetector } from './tw-national-id.detector';
import { twResidentIdDetector } from './tw-resident-id.detector';
import { urlDetector } from './url.detector';
import { vinDetector } from './vin.detector';

/** One kind of identifier: its detector, the placeholder that replaces it, and its priority. */
export interface IdentifierRegistryEntry {
  readonly detector: IdentifierDetector;
  readonly placeholder: string;
  /**
   * When two kinds claim the same text, the higher priority names it. Kinds with a check digit or a
   * cue word outrank shapes that merely fit (a My Number outranks a phone number that happens to fit);
   * a URL holding an e-mail stays a URL. The pairwise spec checks every pair against the corpus.
   */
  readonly priority: number;
}

/** Every detected kind, in one place: the kind list, placeholder table and ranking derive from it. */
export const identifierRegistry = {
  url: { detector: urlDetector, placeholder: '[URL]', priority: 100 },
  email: { detector: emailDetector, placeholder: '[EMAIL]', priority: 95 },
  iban: { detector: ibanDetector, placeholder: '[IBAN]', priority: 90 },
  imei: { detector: imeiDetector, placeholder: '[DEVICE]', priority: 89 },
  'passport-kr': { detector: passportKrDetector, placeholder: '[PASSPORT]', priority: 88 },
  'passport-jp': { detector: passportJpDetector, placeholder: '[PASSPORT]', priority: 87 },
  'passport-es': { detector: passportEsDetector, placeholder: '[PASSPORT]', priority: 86 },
  'passport-tw': { detector: passportTwDetector, placeholder: '[PASSPORT]', priority: 85 },
  'passport-de': { detector: passportDeDetector, placeholder: '[PASSPORT]', priority: 84 },
  rrn: { detector: rrnDetector, placeholder: '[RRN]', priority: 83 },
  'foreigner-rrn': { detector: foreignerRrnDetector, placeholder: '[RRN]', priority: 82 },
  'driver-licence-kr': { detector: driverLicenceKrDetector, placeholder: '[LICENCE]', priority: 81 },
  'my-number': { detector: myNumberDetector, placeholder: '[ID]', priority: 80 },
  'tw-national-id': { detector: twNationalIdDetector, placeholder: '[ID]', priority: 79 },
  'tw-resident-id': { detector: twResidentIdDetector, placeholder: '[ID]', priority: 78 },
  dni: { detector: dniDetector, placeholder: '[ID]', priority: 77 },
  nie: { detector: nieDetector, placeholder: '[ID]', priority: 76 },
  card: { detector: cardDetector, placeholder: '[CARD]', priority: 70 },
  vin: { detector: vinDetector, placeholder: '[VIN]', priority: 68 },
  ip: { detector: ipDetector, placeholder: '[IP]', priority: 60 },
  mac: { detector: macDetector, placeholder: '[MAC]', priority: 58 },
  geo: { detector: geoDetector, placeholder: '[GEO]', priority: 56 },
  phone: { detector: phoneDetector, placeholder: '[PHONE]', priority: 50 },
  plate: { detector: plateDetector, placeholder: '[PLATE]', priority: 40 },
  'address-kr': { detector: addressKrDetector, placeholder: '[ADDRESS]', priority: 30 },
  'address-jp': { detector: addressJpDetector, placeholder: '[ADDRESS]', priority: 30 },
  'address-tw': { detector: addressTwDetector, placeholder: '[ADDRESS]', priority: 30 },
  'address-es': { detector: addressEsDetector, placeholder: '[ADDRESS]', priority: 30 },
  'address-de': { detector: addressDeDetector, placeholder: '[ADDRESS]', priority: 30 },
  name: { detector: personNameDetector, placeholder: '[NAME]', priority: 20 },
} as const satisfies Readonly<Record<string, IdentifierRegistryEntry>>;

type Kind = keyof typeof identifierRegistry;

/** Kinds of identifier the detectors find in free text, in registry order. */
export const identifierKinds = Object.keys(identifierRegistry) as Kind[];

/** The registry entry of a kind. */
export const registryEntryOf = (kind: Kind): IdentifierRegistryEntry => identifierRegistry[kind];
