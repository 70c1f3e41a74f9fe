import type { FieldViolation } from '@usm/errors';
import type { SiteProfile } from './site.model';
import { mountingKinds, networkKinds, siteTypes } from './site.model';

const cityId = /^[a-z][a-z0-9-]{1,39}$/;
const siteId = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const violation = (field: string, rule: string, message: string): FieldViolation => ({ field, rule, message });

/** Every rule a site profile breaks; empty when it is valid. */
export function siteProfileViolations(profile: SiteProfile): FieldViolation[] {
  const found: FieldViolation[] = [];
  const { location, infrastructure } = profile;
  if (!siteId.test(profile.siteId)) found.push(violation('siteId', 'siteId.format', 'letters, digits, dot, dash or underscore, at most 64'));
  if (!cityId.test(profile.city)) found.push(violation('city', 'city.format', 'a lowercase ASCII city id'));
  if (profile.district.trim() === '') found.push(violation('district', 'district.required', 'must not be empty'));
  if (profile.name.trim() === '') found.push(violation('name', 'name.required', 'must not be empty'));
  if (!siteTypes.includes(profile.type)) found.push(violation('type', 'type.enum', `one of ${siteTypes.join(', ')}`));
  if (!(Number.isFinite(location.lat) && Math.abs(location.lat) <= 90)) {
    found.push(violation('location.lat', 'lat.range', 'a latitude between -90 and 90'));
  }
  if (!(Number.isFinite(location.lng) && Math.abs(location.lng) <= 180)) {
    found.push(violation('location.lng', 'lng.range', 'a longitude between -180 and 180'));
  }
  if (!networkKinds.includes(infrastructure.network)) {
    found.push(violation('infrastructure.network', 'network.enum', `one of ${networkKinds.join(', ')}`));
  }
  if (!mountingKinds.includes(infrastructure.mounting)) {
    found.push(violation('infrastructure.mounting', 'mounting.enum', `one of ${mountingKinds.join(', ')}`));
  }
  return found;
}
