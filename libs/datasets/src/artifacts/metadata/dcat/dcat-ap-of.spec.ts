import { countProperties, expandOffline, termIris } from '../../testing/jsonld-offline';
import { sampleReleaseMetadata } from '../../testing/release-metadata.fixture';
import { dcatApOf } from './dcat-ap-of';
import { KNOWN_DCAT_PROPERTY_IRIS } from './dcat-known-terms.fixture';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const SPDX = 'http://spdx.org/rdf/terms#';

const catalog = {
  title: 'Barcelona AI datasets',
  description: 'k-anonymous datasets for training and validating urban safety models.',
  publisher: { name: 'Barcelona city node', url: 'https://barcelona.mesh.example/' },
  apiBaseUrl: 'https://datasets.barcelona.mesh.example/v1',
};

const first = sampleReleaseMetadata({ releaseId: 'rel-1', version: '1.0.0', publishedAt: Date.UTC(2026, 5, 1), supersedes: null, supersededBy: 'rel-2', withdrawnAt: Date.UTC(2026, 6, 2) });
const second = sampleReleaseMetadata({ releaseId: 'rel-2', version: '2.0.0', supersedes: 'rel-1' });
const other = sampleReleaseMetadata({ releaseId: 'rel-3', definitionId: 'night-lighting', title: 'Night lighting', usage: { licence: 'https://example.org/licence', terms: 't', accessRights: 'non-public' } });

const values = (node: Json, iri: string): Json[] => (node[iri] ?? []) as Json[];
const ofType = (nodes: Json[], type: string) => nodes.filter((n) => (n['@type'] as string[] | undefined)?.includes(type));

describe('dcatApOf', () => {
  const doc = dcatApOf([second, other, first], catalog);

  it('expands with jsonld, offline, without dropping any term, every term in its vocabulary', async () => {
    const iris = await termIris(doc);
    expect([...iris].filter(([, iri]) => iri === undefined).map(([key]) => key)).toEqual([]);
    expect([...iris].filter(([, iri]) => !KNOWN_DCAT_PROPERTY_IRIS.has(iri as string)).map(([key, iri]) => `${key} -> ${iri}`)).toEqual([]);
    expect(countProperties(await expandOffline(doc))).toBe(countProperties({ ...doc, '@context': undefined }));
  });

  describe('DCAT-AP 3.0 mandatory properties (SHACL shapes of the 3.0.0 release)', () => {
    let root: Json;
    let datasets: Json[];
    beforeAll(async () => {
      root = (await expandOffline(doc))[0] as Json;
      datasets = values(root as Json, `${DCAT}dataset`);
    });

    it('catalogue: title, description, exactly one publisher with a name, and its datasets', () => {
      expect(root['@type']).toEqual([`${DCAT}Catalog`]);
      expect(values(root, `${DCT}title`)).toHaveLength(1);
      expect(values(root, `${DCT}description`)).toHaveLength(1);
      const publishers = values(root, `${DCT}publisher`);
      expect(publishers).toHaveLength(1);
      expect(values(publishers[0] as Json, 'http://xmlns.com/foaf/0.1/name')).toHaveLength(1);
      expect(ofType(datasets, `${DCAT}Dataset`)).toHaveLength(3);
    });

    it('dataset: title and description; licence, access rights, issued date from the release event, series', () => {
      for (const dataset of ofType(datasets, `${DCAT}Dataset`)) {
        expect(values(dataset, `${DCT}title`).length).toBeGreaterThan(0);
        expect(values(dataset, `${DCT}description`).length).toBeGreaterThan(0);
        expect(values(dataset, `${DCT}license`)[0]?.['@type']).toEqual([`${DCT}LicenseDocument`]);
        expect(values(dataset, `${DCT}accessRights`)[0]?.['@id']).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/access-right\/(RESTRICTED|NON_PUBLIC)$/);
        expect(values(dataset, `${DCAT}inSeries`)).toHaveLength(1);
        expect(values(dataset, `${DCT}issued`)[0]?.['@type']).toBe('http://www.w3.org/2001/XMLSchema#dateTime');
      }
      const rel1 = datasets.find((d) => d['@id'] === 'https://datasets.barcelona.mesh.example/v1/releases/rel-1') as Json;
      expect(values(rel1, `${DCT}issued`)[0]?.['@value']).toBe('2026-06-01T00:00:00.000Z');
      expect(values(rel1, `${DCT}isReplacedBy`)[0]?.['@id']).toBe('https://datasets.barcelona.mesh.example/v1/releases/rel-2');
    });

    it('distribution: accessURL, downloadURL, SHA-256 checksum (algorithm and hexBinary value), byte size, media type', () => {
      const distributions = ofType(datasets, `${DCAT}Dataset`).flatMap((d) => values(d, `${DCAT}distribution`));
      expect(distributions).toHaveLength(24);
      for (const distribution of distributions) {
        expect(values(distribution, `${DCAT}accessURL`)).toHaveLength(1);
        expect(values(distribution, `${DCAT}downloadURL`)[0]?.['@id']).toBe(distribution['@id']);
        const [checksum] = values(distribution, `${SPDX}checksum`);
        expect(values(checksum as Json, `${SPDX}algorithm`)).toEqual([{ '@id': `${SPDX}checksumAlgorithm_sha256` }]);
        expect(values(checksum as Json, `${SPDX}checksumValue`)).toEqual([{ '@value': expect.stringMatching(/^[0-9a-f]{64}$/), '@type': 'http://www.w3.org/2001/XMLSchema#hexBinary' }]);
        expect(values(distribution, `${DCAT}byteSize`)[0]?.['@type']).toBe('http://www.w3.org/2001/XMLSchema#nonNegativeInteger');
      }
      const parquet = distributions.find((d) => (d['@id'] as string).endsWith('rel-2/files/train.parquet')) as Json;
      expect(values(parquet, `${DCAT}mediaType`)[0]?.['@id']).toBe('http://www.iana.org/assignments/media-types/application/vnd.apache.parquet');
      const withdrawn = distributions.find((d) => (d['@id'] as string).endsWith('rel-1/files/train.parquet')) as Json;
      expect(values(withdrawn, 'http://www.w3.org/ns/adms#status')[0]?.['@id']).toMatch(/WITHDRAWN$/);
    });

    it('dataset series: one per definition with title and description, every version inSeries of it', () => {
      const series = ofType(datasets, `${DCAT}DatasetSeries`);
      expect(series.map((s) => s['@id'])).toEqual([
        'https://datasets.barcelona.mesh.example/v1/definitions/school-zone-hazards',
        'https://datasets.barcelona.mesh.example/v1/definitions/night-lighting',
      ]);
      for (const s of series) {
        expect(values(s, `${DCT}title`)).toHaveLength(1);
        expect(values(s, `${DCT}description`)).toHaveLength(1);
      }
      const members = ofType(datasets, `${DCAT}Dataset`).filter((d) => values(d, `${DCAT}inSeries`)[0]?.['@id'] === series[0]?.['@id']);
      expect(members.map((d) => values(d, `${DCAT}version`)[0]?.['@value'])).toEqual(['1.0.0', '2.0.0']);
    });
  });

  it('lists releases in publication order whatever the input order', () => {
    expect(JSON.stringify(dcatApOf([first, other, second], catalog))).toBe(JSON.stringify(doc));
  });

  it('refuses a licence that is neither an SPDX id nor a URL, naming the field', () => {
    const bad = sampleReleaseMetadata({ usage: { licence: 'all rights reserved', terms: 't', accessRights: 'restricted' } });
    expect(() => dcatApOf([bad], catalog)).toThrow(expect.objectContaining({ code: 'DATASETS.LICENCE_INVALID', details: { field: 'usage.licence', rule: 'spdxIdOrUrl' } }));
  });

  it('is a valid catalogue with no datasets when nothing is visible to the caller', async () => {
    const [empty] = (await expandOffline(dcatApOf([], catalog))) as Json[];
    expect(values(empty as Json, `${DCT}title`)).toHaveLength(1);
  });
});
