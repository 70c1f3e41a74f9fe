import { Counter } from 'prom-client';
import type { Registry } from 'prom-client';
import type { SitesMetrics } from '../../application/ports';

/** `/metrics` of the sites service: reservations by outcome, slot conflicts, sites imported. */
export class PrometheusSitesMetrics implements SitesMetrics {
  private readonly reservations: Counter<'outcome'>;
  private readonly conflicts: Counter;
  private readonly imports: Counter;

  constructor(registry: Registry) {
    this.reservations = new Counter({ name: 'usm_sites_reservations_total', help: 'Site reservations requested, by outcome (accepted, refused)', labelNames: ['outcome'], registers: [registry] });
    this.conflicts = new Counter({ name: 'usm_sites_reservation_conflicts_total', help: 'Reservations refused because an accepted one overlaps them', registers: [registry] });
    this.imports = new Counter({ name: 'usm_sites_imported_total', help: 'Sites newly registered by imports', registers: [registry] });
    this.reservations.inc({ outcome: 'accepted' }, 0);
    this.reservations.inc({ outcome: 'refused' }, 0);
  }

  reservation(outcome: 'accepted' | 'refused'): void {
    this.reservations.inc({ outcome });
  }

  conflict(): void {
    this.conflicts.inc();
  }

  imported(count: number): void {
    this.imports.inc(count);
  }
}
