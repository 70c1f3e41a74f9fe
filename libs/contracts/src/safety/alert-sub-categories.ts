import type { AlertCategory } from '../generated/safety-events/alert-category.avro';
import { alertCategorySymbols } from '../generated/safety-events/alert-category.avro';
import { alertSeveritySymbols } from '../generated/safety-events/alert-severity.avro';

/** FIWARE Smart Data Models Alert categories, in schema order. */
export const alertCategories = alertCategorySymbols;

/** FIWARE Smart Data Models Alert severities, lowest first. */
export const alertSeverities = alertSeveritySymbols;

/**
 * Valid FIWARE Alert `subCategory` values per category, for validators. FIWARE publishes one flat list;
 * the grouping follows its per-category definitions (Traffic/NaturalDisaster/...AlertCategories and the
 * Weather model's WeatherAlertCategories). Spellings are FIWARE's own, including `losAtmosphericPressure`
 * and `snow/ice`, so FIWARE cities map one to one.
 */
export const alertSubCategories: Readonly<Record<AlertCategory, readonly string[]>> = {
  traffic: [
    'trafficJam', 'carAccident', 'carWrongDirection', 'carStopped', 'pothole', 'roadClosed', 'roadWorks',
    'hazardOnRoad', 'injuredBiker', 'pedestrianOnRoad', 'bikerOnRoad', 'tramApproaching', 'crowdRisk',
  ],
  naturalDisaster: ['flood', 'tsunami', 'coastalEvent', 'earthquake', 'fireRisk', 'avalancheRisk', 'floodRisk'],
  weather: [
    'rainfall', 'highTemperature', 'lowTemperature', 'lowHumidity', 'highHumidity', 'highAtmosphericPressure',
    'losAtmosphericPressure', 'heatWave', 'coldWave', 'ice', 'snow', 'wind', 'fog', 'tornado', 'tropicalCyclone',
    'hurricane', 'snow/ice', 'badSeaState', 'thunderstorms',
  ],
  environment: ['airPollution', 'waterPollution', 'pollenConcentration'],
  health: ['asthmaAttack', 'bumpedPatient', 'fallenPatient', 'heartAttack'],
  security: ['suspiciousAction', 'robbery', 'assault', 'civilDisorder', 'buildingFire', 'forestFire'],
  agriculture: [
    'noxiousWeed', 'snail', 'insect', 'rodent', 'bacteria', 'microbe', 'fungus', 'mite', 'virus', 'nematodes',
    'irrigation', 'fertilisation',
  ],
};

/** Whether a subCategory is valid for a category. */
export function isValidSubCategory(category: AlertCategory, subCategory: string): boolean {
  return alertSubCategories[category].includes(subCategory);
}
