import type { AlertCategory } from '@usm/contracts';

/** Where a label term comes from: FIWARE Alert's own subCategory, or ours where FIWARE has no term. */
export type TermOrigin = 'fiware' | 'mesh';

/** One term of the child-commute taxonomy. */
export interface TaxonomyTerm {
  readonly term: string;
  readonly category: AlertCategory;
  readonly origin: TermOrigin;
  /** For a mesh term, the FIWARE subCategory it narrows, if any (a partner on plain FIWARE maps it there). */
  readonly broader: string | null;
  readonly description: string;
}

const fiware = (term: string, description: string): TaxonomyTerm => ({ term, category: 'traffic', origin: 'fiware', broader: null, description });
const mesh = (term: string, broader: string | null, description: string): TaxonomyTerm => ({ term, category: 'traffic', origin: 'mesh', broader, description });

/**
 * Labels of the AI Safety Guardian for children's commute. FIWARE Alert terms are reused as they are spelled there
 * (a wrong-way vehicle is FIWARE's `carWrongDirection`, so no `wrongWayVehicle` is minted); mesh terms fill what
 * FIWARE's traffic subCategories lack, each pointing at the FIWARE term it narrows. See docs/adr/0019-joint-testing-domains.md.
 */
export const childCommuteTaxonomy: readonly TaxonomyTerm[] = [
  fiware('carWrongDirection', 'a vehicle driving against the direction of traffic'),
  fiware('carAccident', 'a collision involving a vehicle'),
  fiware('carStopped', 'a vehicle stopped on the carriageway'),
  fiware('pedestrianOnRoad', 'a pedestrian on the carriageway, age unknown'),
  fiware('bikerOnRoad', 'a cyclist on the carriageway where cycling is unsafe'),
  fiware('injuredBiker', 'an injured cyclist'),
  fiware('hazardOnRoad', 'an obstacle or hazard on the carriageway'),
  fiware('trafficJam', 'congestion'),
  fiware('roadWorks', 'works narrowing or closing the way'),
  mesh('speedingNearSchool', 'hazardOnRoad', 'a vehicle over the school-zone limit inside a school zone'),
  mesh('illegalParkingBlockingSightLines', 'carStopped', 'a vehicle parked where it hides pedestrians from drivers (crossing, school gate)'),
  mesh('childPedestrianOnCarriageway', 'pedestrianOnRoad', 'a child walking or standing on the carriageway outside a crossing'),
  mesh('unprotectedCrossing', 'hazardOnRoad', 'a crossing used by children without signal, guard or marking'),
  mesh('redLightRunningAtCrossing', 'hazardOnRoad', 'a vehicle passing a red light at a pedestrian crossing'),
  mesh('unsafeSchoolBusStop', 'hazardOnRoad', 'children boarding or leaving a bus into moving traffic'),
  mesh('noHazard', null, 'the event shows no hazard: a false alarm of the detector'),
];

/** The taxonomy's terms, for validators. */
export const childCommuteTerms: readonly string[] = childCommuteTaxonomy.map((entry) => entry.term);

/** The entry of a term, or undefined when the taxonomy does not know it. */
export function taxonomyTerm(term: string): TaxonomyTerm | undefined {
  return childCommuteTaxonomy.find((entry) => entry.term === term);
}
