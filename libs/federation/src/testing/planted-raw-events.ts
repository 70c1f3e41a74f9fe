import type { RawSafetyEvent } from '@usm/contracts';
import type { PlantedIdentifier } from './cross-border-corpus';
import { shareableRawEvent } from './safety-event-fixtures';

type Plant = (event: RawSafetyEvent, planted: PlantedIdentifier) => RawSafetyEvent;

const address = (event: RawSafetyEvent, field: 'streetAddress' | 'district' | 'locality' | 'postalCode' | 'country', text: string): RawSafetyEvent => ({
  ...event,
  address: { streetAddress: null, district: null, locality: null, postalCode: null, country: null, [field]: text },
});

const reporter = (event: RawSafetyEvent, field: 'name' | 'phone' | 'email', text: string): RawSafetyEvent => ({
  ...event,
  reporter: { name: null, phone: null, email: null, [field]: text },
});

/**
 * Every string field of RawSafetyEvent, as a way to plant one identifier in it. An integrator's system can put
 * anything in any of them; the proof plants every identifier in every one (a systemId that is not registered keeps
 * the event local, which is also a way not to leak).
 */
export const plantings: Readonly<Record<string, Plant>> = {
  description: (e, p) => ({ ...e, description: `Collision at the junction. ${p.text} was hurt; lanes blocked.` }),
  'attributes.value': (e, p) => ({ ...e, attributes: { lanesBlocked: '2', note: p.text } }),
  'attributes.key': (e, p) => ({ ...e, attributes: { [p.text]: 'present' } }),
  'attributes.known-key': (e, p) => ({ ...e, attributes: { lanesBlocked: p.text } }),
  'address.streetAddress': (e, p) => address(e, 'streetAddress', p.text),
  'address.district': (e, p) => address(e, 'district', p.text),
  'address.locality': (e, p) => address(e, 'locality', p.text),
  'address.postalCode': (e, p) => address(e, 'postalCode', p.text),
  'address.country': (e, p) => address(e, 'country', p.text),
  'reporter.name': (e, p) => reporter(e, 'name', p.text),
  'reporter.phone': (e, p) => reporter(e, 'phone', p.text),
  'reporter.email': (e, p) => reporter(e, 'email', p.text),
  vehiclePlates: (e, p) => ({ ...e, vehiclePlates: ['12가 3456', p.text] }),
  mediaLinks: (e, p) => ({ ...e, mediaLinks: [`https://media.example.org/reports/${p.text}.jpg`] }),
  deviceId: (e, p) => ({ ...e, deviceId: p.text }),
  'source.systemId': (e, p) => ({ ...e, source: { ...e.source, systemId: p.text } }),
};

/** One raw event per identifier and string field, each otherwise shareable under the shipped policy. */
export function plantedRawEvents(city: string, planted: readonly PlantedIdentifier[], now: number): { readonly field: string; readonly event: RawSafetyEvent }[] {
  return planted.flatMap((identifier) => Object.entries(plantings).map(([field, plant]) => ({ field, event: plant(shareableRawEvent(city, now), identifier) })));
}
