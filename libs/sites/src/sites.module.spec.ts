import { Test } from '@nestjs/testing';
import { SiteImportService } from './application/site-import.service';
import { SiteQueryService } from './application/site-query.service';
import { SitesModule } from './sites.module';

describe('SitesModule', () => {
  it('provides the import and query services, which read a CSV and answer a query over it', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [SitesModule] }).compile();
    const sites = moduleRef.get(SiteImportService).fromCsv('siteId,city,district,type,name,lat,lng,power,network,mounting\ns1,gwangju,Buk-gu,busStop,Buk-gu bus stop 1,35.2,126.9,yes,lte,pole\n');
    const views = sites.map(({ status, ...profile }) => ({ ...profile, status, h3Cell: 'x' }));
    expect(moduleRef.get(SiteQueryService).findAsGeoJson(views, { type: 'busStop' }).features).toHaveLength(1);
  });
});
