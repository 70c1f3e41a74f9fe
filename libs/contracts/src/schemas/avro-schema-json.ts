/** Privacy tag of a field: `direct` identifies a person or vehicle on its own, `quasi` in combination. */
export type PrivacyTag = 'direct' | 'quasi';

export type AvroPrimitiveName = 'null' | 'boolean' | 'int' | 'long' | 'float' | 'double' | 'bytes' | 'string';

export interface AvroFieldJson {
  readonly name: string;
  readonly type: AvroSchemaJson;
  readonly doc?: string;
  readonly default?: unknown;
  readonly aliases?: readonly string[];
  /** Our custom attribute; Avro tools ignore it. */
  readonly privacy?: PrivacyTag;
}

interface AvroNamedJson {
  readonly name: string;
  readonly namespace?: string;
  readonly aliases?: readonly string[];
  readonly doc?: string;
}

export interface AvroRecordJson extends AvroNamedJson {
  readonly type: 'record' | 'error';
  readonly fields: readonly AvroFieldJson[];
}

export interface AvroEnumJson extends AvroNamedJson {
  readonly type: 'enum';
  readonly symbols: readonly string[];
  readonly default?: string;
}

export interface AvroFixedJson extends AvroNamedJson {
  readonly type: 'fixed';
  readonly size: number;
}

export interface AvroArrayJson {
  readonly type: 'array';
  readonly items: AvroSchemaJson;
}

export interface AvroMapJson {
  readonly type: 'map';
  readonly values: AvroSchemaJson;
}

/** A primitive written as an object, usually to carry a logical type. */
export interface AvroPrimitiveJson {
  readonly type: AvroPrimitiveName;
  readonly logicalType?: string;
}

export type AvroUnionJson = readonly AvroSchemaJson[];

export type AvroNamedTypeJson = AvroRecordJson | AvroEnumJson | AvroFixedJson;

/** An Avro schema as parsed JSON: a type name, a union, or a complex type. */
export type AvroSchemaJson =
  | string
  | AvroUnionJson
  | AvroNamedTypeJson
  | AvroArrayJson
  | AvroMapJson
  | AvroPrimitiveJson;
