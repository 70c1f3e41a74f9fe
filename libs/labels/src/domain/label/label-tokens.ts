import { taxonomyTerm } from '../taxonomy/child-commute-taxonomy';

/**
 * Closed formats for every string a label event carries. `safety.labels.v1` replicates to partner cities, so a
 * field that took free text would carry a name or a phone number across the border; a token with no spaces and a
 * closed alphabet leaves no room for one, and a taxonomy term leaves none at all.
 */
export const versionTokenPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
export const versionTokenRule = 'version.token';
export const versionTokenMessage = 'a version token: a letter or digit, then up to 31 letters, digits, dots, dashes or underscores, no spaces';

/** Ids of labellers and rules: rule set and rule ids, solution ids, token subjects (UUIDs), never a name with spaces. */
export const idTokenPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
export const idTokenRule = 'id.token';
export const idTokenMessage = 'an id token: a letter or digit, then up to 127 letters, digits, dots, dashes or underscores, no spaces';

export const labelTermRule = 'label.taxonomy';
export const labelTermMessage = 'a term of the child-commute taxonomy';

export const isVersionToken = (value: string): boolean => versionTokenPattern.test(value);
export const isIdToken = (value: string): boolean => idTokenPattern.test(value);
export const isLabelTerm = (value: string): boolean => taxonomyTerm(value) !== undefined;
