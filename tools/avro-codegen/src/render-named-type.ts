import type { AvroFieldJson, AvroSchemaJson, DeclaredType } from '@usm/contracts';
import { isUnion, namespaceOf, shortNameOf } from '@usm/contracts';
import { tsDoc } from './ts-doc';
import type { TypeContext } from './ts-type-of';
import { isWrappedUnion, tsTypeOf, unionBranchTypes } from './ts-type-of';

/** TypeScript for one named type: records become interfaces, enums a const array of symbols and a union type. */
export function renderNamedType(declared: DeclaredType, ctx: Omit<TypeContext, 'namespace'>): string {
  const { schema, fullName } = declared;
  const name = shortNameOf(fullName);
  const typeCtx: TypeContext = { ...ctx, namespace: namespaceOf(fullName) };
  const doc = tsDoc([...(schema.doc ? [schema.doc] : []), `Avro: \`${fullName}\`.`]);
  switch (schema.type) {
    case 'record':
    case 'error': {
      const fields = schema.fields.map((field) => renderField(field, typeCtx)).join('');
      return `${doc}export interface ${name} {\n${fields}}\n`;
    }
    case 'enum': {
      const symbols = `${lowerFirst(name)}Symbols`;
      const list = schema.symbols.map((s) => `  '${s}',`).join('\n');
      const listDoc = tsDoc([`Symbols of {@link ${name}}, in schema order.`]);
      return `${listDoc}export const ${symbols} = [\n${list}\n] as const;\n\n${doc}export type ${name} = (typeof ${symbols})[number];\n`;
    }
    case 'fixed':
      return `${doc}export type ${name} = Buffer;\n`;
  }
}

function renderField(field: AvroFieldJson, ctx: TypeContext): string {
  const logical = logicalTypeOf(field.type);
  const wrapped = isUnion(field.type) && isWrappedUnion(field.type, ctx);
  const doc = tsDoc(
    [
      field.doc ?? '',
      logical ? `Avro logical type: ${logical}.` : '',
      wrapped ? 'avsc wraps the value in an object keyed by the branch\'s Avro full name.' : '',
      field.privacy ? `@privacy ${field.privacy}` : '',
    ],
    '  ',
  );
  const type = tsTypeOf(field.type, ctx);
  if (!isUnion(field.type) || type.length < 90) return `${doc}  readonly ${field.name}: ${type};\n`;
  const branches = unionBranchTypes(field.type, ctx).map((branch) => `\n    | ${branch}`);
  return `${doc}  readonly ${field.name}:${branches.join('')};\n`;
}

function logicalTypeOf(schema: AvroSchemaJson): string | undefined {
  if (typeof schema === 'string') return undefined;
  if (isUnion(schema)) return schema.map(logicalTypeOf).find((found) => found !== undefined);
  return 'logicalType' in schema ? schema.logicalType : undefined;
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
