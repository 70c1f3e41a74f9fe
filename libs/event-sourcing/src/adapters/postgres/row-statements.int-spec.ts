import { EntitySchema } from 'typeorm';
import type { TestDatabase } from '../../testing/test-database';
import { openTestDatabase } from '../../testing/test-database';
import { RowStatements } from './row-statements';

interface Sample {
  tenant: string;
  seq: number;
  payload: { readonly tags: readonly string[]; readonly nested: { readonly n: number } };
  happenedAt: Date;
  endedAt: Date | null;
  amount: string;
  flag: boolean;
}

const sampleEntity = new EntitySchema<Sample>({
  name: 'RowStatementsSample',
  tableName: 'row_statements_sample',
  columns: {
    tenant: { type: 'text', primary: true },
    seq: { type: 'int', primary: true },
    payload: { type: 'jsonb' },
    happenedAt: { name: 'happened_at', type: 'timestamptz' },
    endedAt: { name: 'ended_at', type: 'timestamptz', nullable: true },
    amount: { type: 'bigint' },
    flag: { type: 'boolean' },
  },
});

const sample = (tenant: string, seq: number, n: number): Sample => ({
  tenant,
  seq,
  payload: { tags: ['a', `t"${n}`], nested: { n } },
  happenedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n)),
  endedAt: n % 2 === 0 ? null : new Date(Date.UTC(2026, 5, 1)),
  amount: String(9_007_199_254_740_993n + BigInt(n)),
  flag: n % 2 === 1,
});

describe('RowStatements (set-based rows) on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase({ entities: [sampleEntity], synchronize: true });
  });
  afterAll(async () => database.drop());

  it('round-trips jsonb, timestamps, nulls, bigints and composite keys as TypeORM reads them', async () => {
    const metadata = database.dataSource.getMetadata(sampleEntity);
    expect(RowStatements.supports(metadata)).toBe(true);
    const rows = new RowStatements<Sample>(metadata, database.dataSource.manager);
    await rows.upsert([sample('x', 1, 1), sample('x', 2, 2), sample('y', 1, 3)]);
    await rows.upsert([sample('x', 2, 20)]);
    await rows.delete([{ tenant: 'y', seq: 1 }]);
    const loaded = await rows.select([{ tenant: 'x', seq: 1 }, { tenant: 'x', seq: 2 }, { tenant: 'y', seq: 1 }]);
    const viaTypeOrm = await database.dataSource.getRepository(sampleEntity).find({ order: { seq: 'ASC' } });
    expect(loaded.sort((a, b) => a.seq - b.seq)).toEqual(viaTypeOrm);
    expect(viaTypeOrm).toEqual([sample('x', 1, 1), sample('x', 2, 20)]);
  });
});
