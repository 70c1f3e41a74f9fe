// Writes the demonstration-site fixture: `npx tsx libs/sites/scripts/generate-demonstration-sites.ts` from the repository root.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateDemonstrationSites } from '../src/domain/fixture/demonstration-sites.generator';
import { DEMONSTRATION_SITES_FIXTURE, renderSitesFixture } from '../src/domain/fixture/demonstration-sites.fixture';

const sites = generateDemonstrationSites();
writeFileSync(resolve(__dirname, '../../..', DEMONSTRATION_SITES_FIXTURE), renderSitesFixture(sites));
process.stdout.write(`wrote ${sites.length} sites to ${DEMONSTRATION_SITES_FIXTURE}\n`);
