import { readFileSync } from 'node:fs';
import { ValidationError } from '@usm/errors';
import { z } from 'zod';

/** The partner cities' registries a service decodes replicated records with: its URL and, when set, the partner client this city was issued there. */
export type PartnerRegistries = Readonly<Record<string, { readonly url: string; readonly credentials?: { readonly clientId: string; readonly secret: string } }>>;

const cityId = /^[a-z][a-z0-9]*$/;

/** `incheon=value;osaka=value`: one entry per partner city. */
const perCity = (valueRule: z.ZodString, example: string) =>
  z
    .string()
    .default('')
    .transform((text) => text.split(';').map((e) => e.trim()).filter(Boolean).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]))
    .pipe(z.array(z.tuple([z.string().regex(cityId, `must name cities as lowercase ASCII ids: ${example}`), valueRule])))
    .transform((pairs) => Object.fromEntries(pairs) as Record<string, string>);

/** zod fields of `<PREFIX>_PARTNER_REGISTRIES` (`city=url;…`) and `<PREFIX>_PARTNER_REGISTRY_SECRET_FILES` (`city=/path;…`). */
export const partnerRegistryFields = {
  urls: () => perCity(z.string().regex(/^https?:\/\/\S+$/, 'must give http(s) registry URLs: city=url;city=url'), 'city=url;city=url'),
  secretFiles: () => perCity(z.string().startsWith('/', 'must give absolute file paths: city=/path;city=/path'), 'city=/path;city=/path'),
};

export interface PartnerRegistryEnv {
  /** This city (MESH_CITY): it is not its own partner. */
  readonly ownCity: string;
  readonly urls: Readonly<Record<string, string>>;
  readonly secretFiles: Readonly<Record<string, string>>;
  /** The variables' names, for the errors. */
  readonly urlsField: string;
  readonly secretFilesField: string;
}

/**
 * The partner registries, each with the client `partner-<ownCity>` and the secret read from its file when one is
 * given. A ValidationError (`code`) names the variable: a secret file for a city without a registry, this city
 * listed as its own partner, an unreadable file. Never the secret.
 */
export function partnerRegistriesOf(env: PartnerRegistryEnv, code: string, read: (file: string) => string = (file) => readFileSync(file, 'utf8')): PartnerRegistries {
  const unknown = Object.keys(env.secretFiles).filter((city) => !(city in env.urls));
  if (unknown.length > 0) throw new ValidationError(code, [{ field: env.secretFilesField, rule: 'known-partner', message: `names ${unknown.join(', ')}, missing from ${env.urlsField}` }]);
  if (env.ownCity in env.urls) throw new ValidationError(code, [{ field: env.urlsField, rule: 'not-self', message: 'must not list this city (MESH_CITY)' }]);
  return Object.fromEntries(
    Object.entries(env.urls).map(([city, url]) => {
      const file = env.secretFiles[city];
      if (file === undefined) return [city, { url }];
      let secret: string;
      try {
        secret = read(file).trim();
      } catch {
        throw new ValidationError(code, [{ field: env.secretFilesField, rule: 'readable', message: `must name a readable secret file for ${city}` }]);
      }
      return [city, { url, credentials: { clientId: `partner-${env.ownCity}`, secret } }];
    }),
  );
}
