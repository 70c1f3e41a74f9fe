import { minimalEvent } from '../../libs/safety-events/src/testing/sample-events';

const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A three-character key per index (62³ of them), none a field of the contract. */
const keyOf = (index: number): string => [index % 62, Math.floor(index / 62) % 62, Math.floor(index / 3_844) % 62].map((digit) => alphabet[digit]).join('');

/** Bodies that once took validation quadratic time, as JSON text the way they arrive over HTTP. */
export function floodBodies(keys: number): Record<string, string> {
  const unknownKeys = Object.fromEntries(Array.from({ length: keys }, (_, index) => [keyOf(index), 0]));
  const attributes = Object.fromEntries(Array.from({ length: keys }, (_, index) => [keyOf(index), 'v']));
  // One violation per item: as many 33-character plates (one over the limit) as fit in the 1 MiB body limit.
  const plates = Array.from({ length: Math.floor(1_048_576 / 36) }, () => 'P'.repeat(33));
  return {
    [`${keys} unknown keys`]: JSON.stringify({ ...minimalEvent(), ...unknownKeys }),
    [`${keys} attributes`]: JSON.stringify(minimalEvent({ attributes })),
    [`${plates.length} plates over maxLength`]: JSON.stringify(minimalEvent({ vehiclePlates: plates })),
  };
}
