import { DATASET_ROW_COLUMNS } from '../../columns';
import { countProperties, expandOffline, termIris } from '../../testing/jsonld-offline';
import { sampleReleaseMetadata } from '../../testing/release-metadata.fixture';
import { CROISSANT_1_1, CROISSANT_RAI_1_0 } from './croissant-context';
import { croissantOf } from './croissant-of';
import { KNOWN_CROISSANT_PROPERTY_IRIS } from './croissant-known-terms.fixture';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('croissantOf', () => {
  const doc = croissantOf(sampleReleaseMetadata()) as Json;

  it('has every property Croissant 1.1 requires of a dataset', () => {
    expect(doc['@type']).toBe('sc:Dataset');
    expect(doc['@context']).toEqual(expect.objectContaining({ '@vocab': 'http://schema.org/', cr: 'http://mlcommons.org/croissant/', conformsTo: 'dct:conformsTo' }));
    expect(doc.conformsTo).toEqual([CROISSANT_1_1, CROISSANT_RAI_1_0]);
    for (const required of ['name', 'description', 'license', 'url', 'creator', 'datePublished', 'distribution']) expect(doc[required]).toBeTruthy();
    expect(doc.license).toBe('https://spdx.org/licenses/CC-BY-NC-4.0.html');
    expect(doc.datePublished).toBe('2026-07-02T10:30:00.000Z');
    expect(doc.isLiveDataset).toBe(false);
    expect(doc.url).toBe('https://datasets.barcelona.mesh.example/v1/releases/rel-2026-0001');
  });

  it('describes every data, lineage and manifest file as a FileObject with sha256, contentUrl and encodingFormat', () => {
    const files = doc.distribution as Json[];
    expect(files.map((f) => f['@id'])).toEqual(sampleReleaseMetadata().files.map((f) => f.path));
    for (const f of files) {
      expect(f).toMatchObject({ '@type': 'cr:FileObject', name: f['@id'], sha256: expect.stringMatching(/^[0-9a-f]{64}$/), encodingFormat: expect.any(String) });
      expect(f.contentUrl).toBe(`https://datasets.barcelona.mesh.example/v1/releases/rel-2026-0001/files/${f['@id']}`);
    }
    expect(files.find((f) => f['@id'] === 'train.parquet')?.encodingFormat).toBe('application/x-parquet');
    expect(files.find((f) => f['@id'] === 'train.avro')?.sameAs).toEqual({ '@id': 'train.parquet' });
  });

  it('has a split record set and one record set per split whose fields map to columns of that split file', () => {
    const sets = doc.recordSet as Json[];
    expect(sets.map((s) => s['@id'])).toEqual(['splits', 'train', 'validation', 'test']);
    expect(sets[0]).toMatchObject({ dataType: 'cr:Split', data: [{ 'splits/name': 'train', 'splits/url': 'cr:TrainingSplit' }, expect.anything(), expect.anything()] });
    const fileIds = new Set((doc.distribution as Json[]).map((f) => f['@id']));
    for (const set of sets.slice(1)) {
      const fields = set.field as Json[];
      expect(fields.map((f) => f.source.extract.column)).toEqual(DATASET_ROW_COLUMNS.map((c) => c.name));
      for (const field of fields) {
        expect(field['@id']).toBe(`${set['@id']}/${field.name}`);
        expect(field.source.fileObject['@id']).toBe(`${set['@id']}.parquet`);
        expect(fileIds.has(field.source.fileObject['@id'])).toBe(true);
      }
      expect(fields.find((f) => f.name === 'label')?.dataType).toEqual(['sc:Text', 'cr:Label']);
      expect(fields.find((f) => f.name === 'timeBucketStart')?.dataType).toBe('sc:DateTime');
      expect(fields.find((f) => f.name === 'h3Resolution')?.dataType).toBe('sc:Integer');
      expect(fields.find((f) => f.name === 'split')?.references).toEqual({ '@id': 'splits/name' });
      expect(set.key).toEqual({ '@id': `${set['@id']}/rowId` });
    }
  });

  it('falls back to the Avro file of a split when no Parquet file was written', () => {
    const avroOnly = croissantOf(sampleReleaseMetadata({ files: sampleReleaseMetadata().files.filter((f) => f.format !== 'parquet') })) as Json;
    expect(avroOnly.recordSet[1].field[0].source.fileObject).toEqual({ '@id': 'train.avro' });
  });

  it('carries the Responsible-AI properties with figures from the build and the withdrawal plan', () => {
    expect(doc['rai:dataCollection']).toContain('1031 anonymised safety events');
    expect(doc['rai:personalSensitiveInformation'].join(' ')).toContain('achieved k = 6 and l = 2');
    expect(doc['rai:dataAnnotationProtocol']).toContain('human 400, model 200, rule 50');
    expect(doc['rai:dataLimitations'].join(' ')).toContain('3.00 %');
    expect(doc['rai:dataBiases'].length).toBeGreaterThan(0);
    expect(doc['rai:dataReleaseMaintenancePlan'].join(' ')).toMatch(/revokes .* consent .* withdrawn and superseded/);
    expect(doc['rai:dataCollectionTimeframe']).toEqual(['2026-01-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z']);
    expect(doc['prov:wasDerivedFrom']).toHaveLength(3);
    expect(doc['dct:replaces']).toEqual({ '@id': 'https://datasets.barcelona.mesh.example/v1/releases/rel-2026-0000' });
  });

  it('expands with jsonld, offline, without dropping any term, every term in its vocabulary', async () => {
    const iris = await termIris(doc);
    const dropped = [...iris].filter(([, iri]) => iri === undefined).map(([key]) => key);
    expect(dropped).toEqual([]);
    const unknown = [...iris].filter(([, iri]) => !KNOWN_CROISSANT_PROPERTY_IRIS.has(iri as string)).map(([key, iri]) => `${key} -> ${iri}`);
    expect(unknown).toEqual([]);
    const expanded = await expandOffline(doc);
    expect(countProperties(expanded, new Set(['http://mlcommons.org/croissant/data']))).toBe(countProperties({ ...doc, '@context': undefined }, new Set(['data'])));
  });

  it('resolves file and field ids against the release URL', async () => {
    const [expanded] = await expandOffline(doc);
    const distribution = (expanded as Json)['http://schema.org/distribution'] as Json[];
    expect(distribution[0]?.['@id']).toBe('https://datasets.barcelona.mesh.example/v1/releases/rel-2026-0001/train.parquet');
  });

  it('contains no person-level value: only the release figures', () => {
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/pseudonym[^s]/i);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });
});
