import type { SentenceSlot } from './sentence-slot';
import type { CorpusFormat, CorpusKind } from './corpus-identifier';
import { addressDeFormats, addressEsFormats, addressJpFormats, addressKrFormats, addressTwFormats } from './address-formats';
import { ibanFormats, imeiFormats, vinFormats } from './finance-device-formats';
import { geoFormats } from './geo-formats';
import {
  dniFormats, driverLicenceKrFormats, foreignerRrnFormats, myNumberFormats, nieFormats, twNationalIdFormats, twResidentIdFormats,
} from './id-document-formats';
import { ipFormats, macFormats, urlFormats } from './network-formats';
import { passportDeFormats, passportEsFormats, passportJpFormats, passportKrFormats, passportTwFormats } from './passport-formats';
import { cardFormats, deviceIdFormats, emailFormats, nameFormats, rrnFormats } from './personal-formats';
import { phoneFormats } from './phone-formats';
import { plateFormats } from './plate-formats';

/** The corpus side of one kind: how to make its values, and the sentence slots it can stand in. */
export interface CorpusKindEntry {
  readonly formats: readonly CorpusFormat[];
  readonly slots: readonly SentenceSlot[];
}

const entry = (formats: readonly CorpusFormat[], ...slots: SentenceSlot[]): CorpusKindEntry => ({ formats, slots });

/** Every corpus kind: each detected kind of the identifier registry, plus device ids (known-only). */
export const corpusRegistry: Readonly<Record<CorpusKind, CorpusKindEntry>> = {
  url: entry(urlFormats, 'media', 'network'),
  email: entry(emailFormats, 'contact'),
  iban: entry(ibanFormats, 'payment'),
  imei: entry(imeiFormats, 'network', 'document'),
  'passport-kr': entry(passportKrFormats, 'document'),
  'passport-jp': entry(passportJpFormats, 'document'),
  'passport-es': entry(passportEsFormats, 'document'),
  'passport-tw': entry(passportTwFormats, 'document'),
  'passport-de': entry(passportDeFormats, 'document'),
  rrn: entry(rrnFormats, 'document'),
  'foreigner-rrn': entry(foreignerRrnFormats, 'document'),
  'driver-licence-kr': entry(driverLicenceKrFormats, 'document'),
  'my-number': entry(myNumberFormats, 'document'),
  'tw-national-id': entry(twNationalIdFormats, 'document'),
  'tw-resident-id': entry(twResidentIdFormats, 'document'),
  dni: entry(dniFormats, 'document'),
  nie: entry(nieFormats, 'document'),
  card: entry(cardFormats, 'payment'),
  vin: entry(vinFormats, 'vehicle'),
  ip: entry(ipFormats, 'network'),
  mac: entry(macFormats, 'network'),
  geo: entry(geoFormats, 'position'),
  phone: entry(phoneFormats, 'contact'),
  plate: entry(plateFormats, 'vehicle'),
  'address-kr': entry(addressKrFormats, 'place'),
  'address-jp': entry(addressJpFormats, 'place'),
  'address-tw': entry(addressTwFormats, 'place'),
  'address-es': entry(addressEsFormats, 'place'),
  'address-de': entry(addressDeFormats, 'place'),
  name: entry(nameFormats, 'person'),
  'device-id': entry(deviceIdFormats, 'network'),
};

/** Every corpus kind, in registry order. */
export const corpusKinds = Object.keys(corpusRegistry) as CorpusKind[];
