import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';
import { SiteRegistryService } from '../../application/site-registry.service';
import type { ImportReport } from '../../application/site-registry.service';
import { SiteImportService } from '../../application/site-import.service';
import type { SiteFeatureCollection } from '../../domain/query/site-geojson';
import type { SiteView } from '../../domain/site/site.model';
import { commandContextOf, parseRequest } from './parse-request';
import { importQuery, siteParams, sitesQuery } from './request-schemas';
import { filterOf, importFormatOf, wantsGeoJson } from './site-request-shapes';

/** Driving adapter: the demonstration-site registry, its queries (JSON or GeoJSON) and imports. */
@ApiTags('sites')
@Controller('v1/sites')
export class SitesController {
  constructor(
    private readonly registry: SiteRegistryService,
    private readonly files: SiteImportService,
  ) {}

  @Get()
  @RequiresRole('sites:read')
  @ApiOperation({ summary: 'Sites by city, district, type, status, and free over [freeFrom, freeTo); GeoJSON with Accept: application/geo+json or format=geojson' })
  @ApiQuery({ name: 'district', required: false })
  @ApiQuery({ name: 'type', required: false })
  @ApiQuery({ name: 'status', required: false })
  @ApiQuery({ name: 'freeFrom', required: false, description: 'ISO 8601 or epoch ms' })
  @ApiQuery({ name: 'freeTo', required: false, description: 'ISO 8601 or epoch ms' })
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'geojson'] })
  @ApiProduces('application/json', 'application/geo+json')
  async list(@Query() query: unknown, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) res: Response): Promise<SiteView[] | SiteFeatureCollection> {
    const parsed = parseRequest(sitesQuery, query, 'query');
    if (!wantsGeoJson(parsed.format, accept)) return this.registry.find(filterOf(parsed));
    res.type('application/geo+json');
    return this.registry.findAsGeoJson(filterOf(parsed));
  }

  @Get(':siteId')
  @RequiresRole('sites:read')
  @ApiOperation({ summary: 'One site with the reservations it holds' })
  @ApiParam({ name: 'siteId' })
  site(@Param() params: unknown): Promise<SiteView> {
    return this.registry.site(parseRequest(siteParams, params, 'params').siteId);
  }

  @Post('import')
  @RequiresRole('sites:manage')
  @ApiOperation({ summary: 'Import a CSV (text/csv) or GeoJSON (application/geo+json) file; refused whole, naming every violation' })
  @ApiQuery({ name: 'city', required: false, description: 'import only this city’s sites; others are counted as skipped' })
  @ApiOkResponse({ description: 'registered, unchanged, skipped and refused counts' })
  importSites(@Body() body: unknown, @Query() query: unknown, @Headers() headers: Record<string, string | undefined>, @Caller() caller: Principal): Promise<ImportReport> {
    const { city, format } = parseRequest(importQuery, query, 'query');
    const sites = importFormatOf(format, headers['content-type'], body) === 'csv' ? this.files.fromCsv(String(body)) : this.files.fromGeoJson(body);
    return this.registry.importSites(sites, commandContextOf(headers, caller), city);
  }
}
