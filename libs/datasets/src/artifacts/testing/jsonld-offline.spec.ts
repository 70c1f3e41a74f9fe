import { countProperties, expandOffline, termIris } from './jsonld-offline';

describe('JSON-LD test helpers', () => {
  it('report a key the context cannot map as dropped, and a prefixed or vocab key with its IRI', async () => {
    const doc = { '@context': { dct: 'http://purl.org/dc/terms/', title: 'dct:title' }, title: 'x', subject: { 'dct:titel': 'y', unmapped: 1 } };
    expect(await termIris(doc)).toEqual(
      new Map([
        ['dct:titel', 'http://purl.org/dc/terms/titel'],
        ['subject', undefined],
        ['title', 'http://purl.org/dc/terms/title'],
        ['unmapped', undefined],
      ]),
    );
    expect(countProperties(await expandOffline(doc))).toBeLessThan(countProperties({ ...doc, '@context': undefined }));
  });

  it('never fetches a remote context', async () => {
    await expect(expandOffline({ '@context': 'https://schema.org/', name: 'x' })).rejects.toThrow();
  });
});
