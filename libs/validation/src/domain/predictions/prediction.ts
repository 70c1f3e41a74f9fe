/** A solution's answer for one test event: its label and, optionally, a score per label. */
export interface Prediction {
  readonly eventId: string;
  readonly label: string;
  readonly scores?: Readonly<Record<string, number>>;
}

/** A test event's true label and slices, as the city's test split holds them (never leaves the city). */
export interface TestLabel {
  readonly eventId: string;
  readonly label: string;
  readonly slices?: Readonly<Record<string, string>>;
}
