import { ValidationError } from '@usm/errors';
import { partnerRegistriesOf, partnerRegistryFields } from './partner-registries';

const fields = { urlsField: 'X_PARTNER_REGISTRIES', secretFilesField: 'X_PARTNER_REGISTRY_SECRET_FILES' };
const secrets: Record<string, string> = { '/secrets/osaka': 'osaka-secret\n' };
const read = (file: string): string => {
  const secret = secrets[file];
  if (secret === undefined) throw new Error('ENOENT');
  return secret;
};

function violationOf(run: () => unknown): { field: string; rule: string; message: string } | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).violations[0];
  }
  throw new Error('expected a ValidationError');
}

describe('partner registry settings', () => {
  it('parses city=value lists, trimming entries and skipping empty ones', () => {
    expect(partnerRegistryFields.urls().parse(' osaka=http://127.0.0.1:19181/apis/ccompat/v7 ;; hamburg=https://registry.hamburg.example ')).toEqual({
      osaka: 'http://127.0.0.1:19181/apis/ccompat/v7',
      hamburg: 'https://registry.hamburg.example',
    });
    expect(partnerRegistryFields.urls().parse(undefined)).toEqual({});
  });

  it.each([
    ['a city id that is not lowercase ASCII', 'Osaka=http://r'],
    ['a value that is not an http(s) URL', 'osaka=ftp://r'],
  ])('refuses %s', (_, text) => {
    expect(partnerRegistryFields.urls().safeParse(text).success).toBe(false);
  });

  it('refuses a secret file that is not an absolute path', () => {
    expect(partnerRegistryFields.secretFiles().safeParse('osaka=secrets/osaka').success).toBe(false);
  });

  it('gives each partner its URL, and the partner client of this city with the secret read from its file', () => {
    const urls = { osaka: 'http://osaka', hamburg: 'http://hamburg' };
    expect(partnerRegistriesOf({ ownCity: 'incheon', urls, secretFiles: { osaka: '/secrets/osaka' }, ...fields }, 'X.INVALID', read)).toEqual({
      osaka: { url: 'http://osaka', credentials: { clientId: 'partner-incheon', secret: 'osaka-secret' } },
      hamburg: { url: 'http://hamburg' },
    });
  });

  it('names a secret file for a city without a registry', () => {
    expect(violationOf(() => partnerRegistriesOf({ ownCity: 'incheon', urls: {}, secretFiles: { osaka: '/secrets/osaka' }, ...fields }, 'X.INVALID', read))).toEqual({
      field: 'X_PARTNER_REGISTRY_SECRET_FILES',
      rule: 'known-partner',
      message: 'names osaka, missing from X_PARTNER_REGISTRIES',
    });
  });

  it('refuses this city as its own partner', () => {
    expect(violationOf(() => partnerRegistriesOf({ ownCity: 'osaka', urls: { osaka: 'http://osaka' }, secretFiles: {}, ...fields }, 'X.INVALID', read))).toMatchObject({ field: 'X_PARTNER_REGISTRIES', rule: 'not-self' });
  });

  it('names an unreadable secret file by its city, never quoting a secret', () => {
    const violation = violationOf(() => partnerRegistriesOf({ ownCity: 'incheon', urls: { hamburg: 'http://hamburg' }, secretFiles: { hamburg: '/secrets/hamburg' }, ...fields }, 'X.INVALID', read));
    expect(violation).toEqual({ field: 'X_PARTNER_REGISTRY_SECRET_FILES', rule: 'readable', message: 'must name a readable secret file for hamburg' });
  });
});
