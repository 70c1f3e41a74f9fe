import type { Clock } from '../../application/ports';

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };
