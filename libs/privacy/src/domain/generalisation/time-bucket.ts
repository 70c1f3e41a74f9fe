const minute = 60_000;

/**
 * Start of the UTC-aligned bucket of `widthMinutes` holding `epochMillis`. Floors, so instants before
 * 1970 land in the bucket that starts before them, like every other instant.
 */
export function bucketStartOf(epochMillis: number, widthMinutes: number): number {
  const width = widthMinutes * minute;
  return Math.floor(epochMillis / width) * width;
}
