import type { AlertCategory, AvroSchemaJson } from '@usm/contracts';
import type { NamedTypes } from './avro-schema-view';
import { namedTypesOf } from './avro-schema-view';

/** What validation needs of an avsc Type. avsc's `Type` satisfies it, so domain code never imports avsc. */
export interface AvroChecker {
  isValid(value: unknown, options: { errorHook: (path: string[], value: unknown) => void }): boolean;
}

/** The raw event contract as validation uses it: the Avro schema, its compiled type and the FIWARE subcategories. */
export interface EventContract {
  readonly schema: AvroSchemaJson;
  readonly names: NamedTypes;
  readonly checker: AvroChecker;
  readonly subCategories: Readonly<Record<AlertCategory, readonly string[]>>;
}

export function eventContract(schema: AvroSchemaJson, checker: AvroChecker, subCategories: EventContract['subCategories']): EventContract {
  return { schema, names: namedTypesOf(schema), checker, subCategories };
}
