import type { CityView } from '../api/mesh-view';
import { CityMap } from './city-map';
import { AgreementsPanel, CellTable, PrivacyPanel, ReleasesPanel, SitesPanel } from './city-panels';

/** One city: its map of events per cell and every section the caller may see. */
export function CityCard({ city }: { readonly city: CityView }) {
  return (
    <article className="card city" data-testid={`city-${city.city}`}>
      <h2>{city.displayName}</h2>
      <p className="services">
        {Object.entries(city.reachable).map(([service, up]) => <span key={service} className={up ? 'badge up' : 'badge down'}>{service}</span>)}
      </p>
      <div className="map-row"><CityMap city={city} /><CellTable city={city} /></div>
      <SitesPanel city={city} />
      <AgreementsPanel city={city} />
      <ReleasesPanel city={city} />
      <PrivacyPanel city={city} />
    </article>
  );
}
