import { Injectable } from '@nestjs/common';
import type { SiteProfile, SiteStatus } from '../domain/site/site.model';
import { parseSitesCsv } from '../domain/import/sites-csv.parser';
import { parseSitesGeoJson } from '../domain/import/sites-geojson.parser';

/** Reads site files into RegisterSite payloads; a bad file is refused whole with a SiteImportError. */
@Injectable()
export class SiteImportService {
  fromCsv(content: string): (SiteProfile & { status: SiteStatus })[] {
    return parseSitesCsv(content);
  }

  fromGeoJson(content: string | unknown): (SiteProfile & { status: SiteStatus })[] {
    return parseSitesGeoJson(content);
  }
}
