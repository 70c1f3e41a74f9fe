import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, RequiresRole } from '@usm/security';
import type { Principal } from '@usm/security';
import { dcatApOf } from '../../artifacts';
import { DatasetReleaseService } from '../../application/dataset-release.service';
import { maySee } from '../../application/download-access';
import type { CompanyAgreements } from '../../application/ports';
import type { DatasetsModuleOptions } from '../../datasets.options';
import { COMPANY_AGREEMENTS, DATASETS_OPTIONS } from '../../datasets.tokens';
import { catalogDescriptionOf, metadataInputOf } from '../files/release-metadata';
import { downloaderOf } from './downloader-of';

/** Driving adapter: the DCAT-AP 3.0 catalog of the published releases the caller may see. */
@ApiTags('catalog')
@Controller('v1/catalog')
export class CatalogController {
  constructor(
    @Inject(DatasetReleaseService) private readonly releases: DatasetReleaseService,
    @Inject(COMPANY_AGREEMENTS) private readonly agreements: CompanyAgreements,
    @Inject(DATASETS_OPTIONS) private readonly options: DatasetsModuleOptions,
  ) {}

  @Get()
  @RequiresRole('datasets:read')
  @ApiOperation({ summary: 'DCAT-AP 3.0 catalog (JSON-LD) of the releases the caller may download; a company sees those its agreements cover' })
  async catalog(@Caller() caller: Principal): Promise<object> {
    const who = downloaderOf(caller);
    const apiBaseUrl = `${this.options.publicUrl}/v1`;
    const visible = (await this.releases.list()).filter((r) => r.status === 'published' && maySee(r, who, this.agreements, Date.now()));
    return dcatApOf(visible.map((r) => metadataInputOf(r, apiBaseUrl)), catalogDescriptionOf(this.options.city, apiBaseUrl));
  }
}
