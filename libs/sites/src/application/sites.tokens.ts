/** Nest injection tokens of the sites context. */
export const SITES_OPTIONS = Symbol('SITES_OPTIONS');
export const SITES_DATA_SOURCE = Symbol('SITES_DATA_SOURCE');
export const SITES_EVENT_STORE = Symbol('SITES_EVENT_STORE');
export const SITES_COMMANDS = Symbol('SITES_COMMANDS');
export const SITE_REGISTRY = Symbol('SITE_REGISTRY');
export const APPLICATION_READ_MODEL = Symbol('APPLICATION_READ_MODEL');
export const SITES_METRICS = Symbol('SITES_METRICS');
export const SITES_CLOCK = Symbol('SITES_CLOCK');
export const SITES_IDS = Symbol('SITES_IDS');
