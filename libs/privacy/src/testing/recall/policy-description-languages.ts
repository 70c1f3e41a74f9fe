/** The free-text mode a policy document enables and for which languages. */
export interface DescriptionChoice {
  readonly mode: string;
  readonly languages: readonly string[];
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const languagesIn = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.map(String) : undefined);

function choiceOf(value: unknown, freeTextLanguages: readonly string[]): DescriptionChoice | undefined {
  if (typeof value === 'string') return { mode: value, languages: freeTextLanguages };
  const section = record(value);
  if (section === undefined || typeof section['mode'] !== 'string') return undefined;
  return { mode: section['mode'], languages: languagesIn(section['languages']) ?? freeTextLanguages };
}

/**
 * The description choices of a parsed policy document, as the policy loader reads them: the mode in
 * `fields.description`, the languages in `freeText.languages` (none when absent). A `{ mode, languages }`
 * object there or a top-level `description:` section is read too, so a later shape is still checked.
 */
export function descriptionChoicesOf(policy: unknown): DescriptionChoice[] {
  const root = record(policy);
  const freeTextLanguages = languagesIn(record(root?.['freeText'])?.['languages']) ?? [];
  return [choiceOf(record(root?.['fields'])?.['description'], freeTextLanguages), choiceOf(root?.['description'], freeTextLanguages)].filter(
    (choice): choice is DescriptionChoice => choice !== undefined,
  );
}
