import { ValidationError } from '@usm/errors';
import { parseDocument } from 'yaml';
import { privacyErrorCodes } from '../../domain/privacy-error-codes';

/**
 * The plain data of a policy's YAML text. Duplicate keys are syntax errors (the yaml default), so a
 * second `h3Resolution:` cannot silently override the first.
 */
export function parsePolicyYaml(text: string): unknown {
  const document = parseDocument(text);
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    throw new ValidationError(privacyErrorCodes.invalidPolicy, [
      { field: 'policy', rule: 'yaml-syntax', message: `${line === undefined ? '' : `line ${line}: `}${error.code}` },
    ]);
  }
  return document.toJS();
}
