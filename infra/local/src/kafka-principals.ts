import { knownCities } from './city-ports';

/** The provisioning principal: the only SCRAM user that is a super user. */
export const adminPrincipal = 'admin';

/** The city's own services, each with its own SCRAM user and the ACLs topics:apply generates for it. */
export const servicePrincipals = ['ingest', 'privacy', 'consent', 'federation', 'datasets', 'labels', 'validation', 'integrator'] as const;

/**
 * Every SCRAM user of city `city`'s cluster: admin, its services, and for every other city Y the partner
 * principal `partner-<Y>` (Y's MirrorMaker 2 reads with it) and `mm2-<Y>` (Y's MirrorMaker 2 writes into this
 * city with it).
 */
export function principalsOf(city: string, otherCities: readonly string[] = []): string[] {
  const others = [...new Set([...knownCities, ...otherCities])].filter((other) => other !== city).sort();
  return [adminPrincipal, ...servicePrincipals, ...others.flatMap((other) => [`partner-${other}`, `mm2-${other}`])];
}
