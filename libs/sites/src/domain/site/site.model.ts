/** Kinds of demonstration site a city offers; the child-commute use case drives the first ones. */
export const siteTypes = [
  'schoolZone',
  'crossing',
  'busStop',
  'park',
  'market',
  'tunnel',
  'publicBuilding',
  'childcareCentre',
  'residentialStreet',
] as const;
export type SiteType = (typeof siteTypes)[number];

/** Statuses a live site moves between; `retired` is final and only reached by RetireSite. */
export const siteStatuses = ['available', 'underMaintenance'] as const;
export type SiteStatus = (typeof siteStatuses)[number];

export const networkKinds = ['none', 'lte', '5g', 'fibre'] as const;
export type NetworkKind = (typeof networkKinds)[number];

export const mountingKinds = ['none', 'pole', 'wall', 'gantry'] as const;
export type MountingKind = (typeof mountingKinds)[number];

/** What a site offers a solution: power, a network uplink, somewhere to mount a device. */
export interface SiteInfrastructure {
  readonly power: boolean;
  readonly network: NetworkKind;
  readonly mounting: MountingKind;
}

/** A WGS84 point in decimal degrees. */
export interface GeoPoint {
  readonly lat: number;
  readonly lng: number;
}

/** A site as registered: where it is, what it is and what it offers. */
export interface SiteProfile {
  readonly siteId: string;
  readonly city: string;
  readonly district: string;
  readonly type: SiteType;
  readonly name: string;
  readonly location: GeoPoint;
  readonly infrastructure: SiteInfrastructure;
}

/** The H3 resolution of a site's cell: resolution 10 hexagons (~66 m edge) fit one crossing or school gate. */
export const SITE_H3_RESOLUTION = 10;

/** A site as the registry shows it. */
export interface SiteView extends SiteProfile {
  readonly h3Cell: string;
  readonly status: SiteStatus | 'retired';
}
