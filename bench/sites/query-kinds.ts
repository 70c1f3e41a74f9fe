/** A kind of registry query: its HTTP query string, and the same question as plain SQL over the read-model tables. */
export interface QueryKind {
  readonly name: string;
  readonly http: (round: number) => string;
  readonly accept?: string;
  readonly sql: (schema: string, round: number) => { text: string; values: unknown[] };
}

const districts = ['Buk-gu', 'Gwangsan-gu', 'Seo-gu', 'Nam-gu', 'Dong-gu'];
const types = ['schoolZone', 'crossing', 'busStop', 'park', 'residentialStreet'];
const day = 86_400_000;
const origin = Date.UTC(2031, 0, 1);
const pick = <T>(list: readonly T[], round: number): T => list[round % list.length] as T;
const window = (round: number) => ({ start: origin + (round % 30) * day, end: origin + ((round % 30) + 3) * day });

/** The kinds the bench measures; each round varies the filter so no one answer is cached. */
export const queryKinds: readonly QueryKind[] = [
  {
    name: 'district',
    http: (r) => `city=gwangju&district=${pick(districts, r)}`,
    sql: (s, r) => ({ text: `SELECT * FROM ${s}.site_registry WHERE city = $1 AND district = $2 ORDER BY site_id`, values: ['gwangju', pick(districts, r)] }),
  },
  {
    name: 'type',
    http: (r) => `type=${pick(types, r)}`,
    sql: (s, r) => ({ text: `SELECT * FROM ${s}.site_registry WHERE type = $1 ORDER BY site_id`, values: [pick(types, r)] }),
  },
  {
    name: 'district+type',
    http: (r) => `district=${pick(districts, r)}&type=${pick(types, r + 1)}`,
    sql: (s, r) => ({ text: `SELECT * FROM ${s}.site_registry WHERE district = $1 AND type = $2 ORDER BY site_id`, values: [pick(districts, r), pick(types, r + 1)] }),
  },
  {
    name: 'free period',
    http: (r) => `city=gwangju&freeFrom=${window(r).start}&freeTo=${window(r).end}`,
    sql: (s, r) => ({
      text: `SELECT * FROM ${s}.site_registry g WHERE g.city = $1 AND g.status <> 'retired' AND NOT EXISTS (
               SELECT 1 FROM ${s}.site_reservations r WHERE r.site_id = g.site_id AND r.period_start < $3 AND $2 < r.period_end) ORDER BY site_id`,
      values: ['gwangju', window(r).start, window(r).end],
    }),
  },
  {
    name: 'district as GeoJSON',
    http: (r) => `district=${pick(districts, r)}&format=geojson`,
    sql: (s, r) => ({ text: `SELECT * FROM ${s}.site_registry WHERE district = $1 ORDER BY site_id`, values: [pick(districts, r)] }),
  },
];
