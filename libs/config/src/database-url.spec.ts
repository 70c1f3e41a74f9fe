import { ValidationError } from '@usm/errors';
import { databaseUrlOf } from './database-url';

const url = 'postgres://mesh_incheon_ingest@127.0.0.1:5432/mesh_incheon';
const files: Record<string, string> = { '/secrets/ingest.password': 'p@ss/w%rd\n', '/secrets/empty.password': '  \n' };
const read = (file: string): string => {
  const content = files[file];
  if (content === undefined) throw new Error(`ENOENT: ${file}`);
  return content;
};

function violationOf(env: { DATABASE_URL: string; DATABASE_PASSWORD_FILE?: string }): unknown {
  try {
    databaseUrlOf(env, 'TEST.INVALID_CONFIG', read);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify(error)).not.toContain('p@ss');
    return (error as ValidationError).violations;
  }
  throw new Error('expected a ValidationError');
}

describe('databaseUrlOf', () => {
  it('keeps DATABASE_URL as it is without a password file', () => {
    expect(databaseUrlOf({ DATABASE_URL: url }, 'X', read)).toBe(url);
  });

  it('puts the file\'s password (trimmed, escaped) into the URL so pg reads it back intact', () => {
    const withPassword = new URL(databaseUrlOf({ DATABASE_URL: url, DATABASE_PASSWORD_FILE: '/secrets/ingest.password' }, 'X', read));
    expect(decodeURIComponent(withPassword.password)).toBe('p@ss/w%rd');
    expect(withPassword.username).toBe('mesh_incheon_ingest');
    expect(withPassword.pathname).toBe('/mesh_incheon');
  });

  it('names DATABASE_PASSWORD_FILE when the file is missing, empty, or a second password', () => {
    expect(violationOf({ DATABASE_URL: url, DATABASE_PASSWORD_FILE: '/secrets/none' })).toEqual([expect.objectContaining({ field: 'DATABASE_PASSWORD_FILE', rule: 'readable' })]);
    expect(violationOf({ DATABASE_URL: url, DATABASE_PASSWORD_FILE: '/secrets/empty.password' })).toEqual([expect.objectContaining({ field: 'DATABASE_PASSWORD_FILE', rule: 'non-empty' })]);
    expect(violationOf({ DATABASE_URL: 'postgres://u:other@h/d', DATABASE_PASSWORD_FILE: '/secrets/ingest.password' })).toEqual([
      expect.objectContaining({ field: 'DATABASE_PASSWORD_FILE', rule: 'one-password' }),
    ]);
  });
});
