import { SiteImportError } from './site-import.errors';
import { parseSitesCsv } from './sites-csv.parser';

const header = 'siteId,city,district,type,name,lat,lng,power,network,mounting,status';
const row = (overrides: Partial<Record<string, string>> = {}): string => {
  const values = { siteId: 'gwangju-seo-0001', city: 'gwangju', district: 'Seo-gu', type: 'crossing', name: 'Seo-gu crossing 1', lat: '35.152', lng: '126.89', power: 'yes', network: 'lte', mounting: 'pole', status: '', ...overrides };
  return header.split(',').map((column) => values[column as keyof typeof values]).join(',');
};

function violationsOf(content: string) {
  try {
    parseSitesCsv(content);
  } catch (error) {
    expect(error).toBeInstanceOf(SiteImportError);
    return (error as SiteImportError).importViolations.map(({ line, field, rule }) => ({ line, field, rule }));
  }
  throw new Error('expected the import to be refused');
}

describe('parseSitesCsv', () => {
  it('reads every row into a registrable site, an empty status meaning available', () => {
    const sites = parseSitesCsv([header, row(), row({ siteId: 'gwangju-seo-0002', status: 'underMaintenance', power: 'false', network: '' })].join('\n'));
    expect(sites).toEqual([
      { siteId: 'gwangju-seo-0001', city: 'gwangju', district: 'Seo-gu', type: 'crossing', name: 'Seo-gu crossing 1', location: { lat: 35.152, lng: 126.89 }, infrastructure: { power: true, network: 'lte', mounting: 'pole' }, status: 'available' },
      expect.objectContaining({ siteId: 'gwangju-seo-0002', status: 'underMaintenance', infrastructure: { power: false, network: 'none', mounting: 'pole' } }),
    ]);
  });

  it('accepts columns in any order and quoted names holding commas', () => {
    const sites = parseSitesCsv('name,siteId,city,district,type,lat,lng,power,network,mounting\n"Market, north gate",gwangju-dong-0001,gwangju,Dong-gu,market,35.14,126.93,no,fibre,wall\n');
    expect(sites[0]).toEqual(expect.objectContaining({ name: 'Market, north gate', type: 'market' }));
  });

  it('refuses the whole file naming the line, the field and the rule of every bad value', () => {
    const content = [header, row(), row({ siteId: 'b', lat: 'north' }), row({ siteId: 'c', type: 'volcano', power: 'maybe' })].join('\n');
    expect(violationsOf(content)).toEqual([
      { line: 3, field: 'location.lat', rule: 'lat.range' },
      { line: 4, field: 'power', rule: 'power.boolean' },
      { line: 4, field: 'type', rule: 'type.enum' },
    ]);
  });

  it('refuses a site id repeated, at the line where it repeats', () => {
    expect(violationsOf([header, row(), row()].join('\n'))).toEqual([{ line: 3, field: 'siteId', rule: 'siteId.unique' }]);
  });

  it('refuses a header missing a column', () => {
    expect(violationsOf('siteId,city\nx,gwangju\n')).toEqual(expect.arrayContaining([{ line: 1, field: 'district', rule: 'csv.column' }]));
  });

  it('refuses broken CSV as a syntax error', () => {
    expect(violationsOf(`${header}\n"unclosed,gwangju\n`)[0]).toEqual(expect.objectContaining({ field: 'file', rule: 'csv.syntax' }));
  });

  it('says which line and rule in the message, never the row values', () => {
    expect(() => parseSitesCsv([header, row({ lat: '999' })].join('\n'))).toThrow('location.lat: line 2: a latitude between -90 and 90 (lat.range)');
  });
});
