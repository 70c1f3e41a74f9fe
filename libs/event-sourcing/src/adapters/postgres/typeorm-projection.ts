import type { EntityTarget } from 'typeorm';
import type { Projection } from '../../domain/projection';

/** A projection bound to its TypeORM entity (class or `EntitySchema`), whose table holds the read model. */
export interface TypeOrmProjection<V = unknown, Row extends object = object> extends Projection<V, Row> {
  readonly entity: EntityTarget<Row>;
}
