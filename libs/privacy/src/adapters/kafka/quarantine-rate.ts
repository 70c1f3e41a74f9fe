/** Limits of the quarantine rate readiness watches. */
export interface QuarantineRateSettings {
  /** Length of the sliding window. */
  readonly windowMs: number;
  /** Share of guarded records quarantined (0..1) above which readiness turns red. */
  readonly maxRate: number;
  /** Fewer guarded records than this in the window never turn readiness red: one bad record of three is noise. */
  readonly minRecords: number;
}

interface Slot {
  readonly second: number;
  guarded: number;
  quarantined: number;
}

/**
 * The share of records the egress guard stopped over a sliding window, kept in one-second slots so
 * memory stays bounded whatever the throughput. A high rate means the anonymiser is missing a kind of
 * identifier the guard sees: the service should stop looking ready until someone looks.
 */
export class QuarantineRate {
  private readonly slots: Slot[] = [];

  constructor(
    private readonly settings: QuarantineRateSettings,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one guarded record (call after its transaction committed). */
  record(quarantined: boolean): void {
    const second = Math.floor(this.clock() / 1000);
    let slot = this.slots[this.slots.length - 1];
    if (slot?.second !== second) {
      slot = { second, guarded: 0, quarantined: 0 };
      this.slots.push(slot);
    }
    slot.guarded += 1;
    if (quarantined) slot.quarantined += 1;
    this.prune();
  }

  /** Guarded and quarantined records in the window, and whether the rate is over the limit. */
  snapshot(): { readonly guarded: number; readonly quarantined: number; readonly rate: number; readonly tooHigh: boolean } {
    this.prune();
    const guarded = this.slots.reduce((sum, slot) => sum + slot.guarded, 0);
    const quarantined = this.slots.reduce((sum, slot) => sum + slot.quarantined, 0);
    const rate = guarded === 0 ? 0 : quarantined / guarded;
    return { guarded, quarantined, rate, tooHigh: guarded >= this.settings.minRecords && rate > this.settings.maxRate };
  }

  private prune(): void {
    const oldest = Math.floor((this.clock() - this.settings.windowMs) / 1000);
    while (this.slots.length > 0 && (this.slots[0] as Slot).second <= oldest) this.slots.shift();
  }
}
