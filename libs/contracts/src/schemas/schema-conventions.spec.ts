import { alertCategories, alertSeverities, alertSubCategories, allTopics, loadValueSchema, valueTypeOf, workspaceSchemas } from '../index';
import type { AvroRecordJson, AvroSchemaJson } from '../index';
import { isUnion } from './avro-names';

function undocumented(schema: AvroSchemaJson, where: string): string[] {
  if (typeof schema === 'string') return [];
  if (isUnion(schema)) return schema.flatMap((branch) => undocumented(branch, where));
  if (schema.type === 'array') return undocumented(schema.items, where);
  if (schema.type === 'map') return undocumented(schema.values, where);
  if (schema.type !== 'record' && schema.type !== 'error') return [];
  return [
    ...(schema.doc ? [] : [schema.name]),
    ...schema.fields.flatMap((f) => [...(f.doc ? [] : [`${schema.name}.${f.name}`]), ...undocumented(f.type, `${schema.name}.${f.name}`)]),
  ];
}

describe('schema conventions', () => {
  it.each(allTopics().map((t) => [t.name, t] as const))('%s: value schema parses and documents every record and field', (_n, topic) => {
    const schema = loadValueSchema(topic);
    expect(valueTypeOf(topic).name).toBe(topic.valueSchema);
    expect(undocumented(schema, topic.valueSchema)).toEqual([]);
  });

  it('declares each top-level type in a file named after it, in a folder per context', () => {
    for (const [fullName, file] of workspaceSchemas().files) {
      expect(file).toMatch(new RegExp(`^[a-z-]+/${fullName.split('.').pop()}\\.avsc$`));
    }
  });

  it('uses the FIWARE Alert categories and severities that the TypeScript lists give validators', () => {
    const types = workspaceSchemas().types;
    expect(types.get('mesh.safety.AlertCategory')).toMatchObject({ symbols: [...alertCategories] });
    expect(types.get('mesh.safety.AlertSeverity')).toMatchObject({ symbols: [...alertSeverities] });
    expect(Object.keys(alertSubCategories)).toEqual([...alertCategories]);
  });

  it('lists every envelope event type as a branch of data with the same record name', () => {
    for (const topic of allTopics()) {
      const schema = loadValueSchema(topic) as AvroRecordJson;
      const type = schema.fields.find((f) => f.name === 'type')?.type;
      const data = schema.fields.find((f) => f.name === 'data')?.type;
      if (!type || !data || typeof type !== 'object' || isUnion(type) || type.type !== 'enum') continue;
      const branchNames = (data as readonly AvroRecordJson[]).map((branch) => branch.name);
      expect(branchNames).toEqual(type.symbols);
    }
  });
});
