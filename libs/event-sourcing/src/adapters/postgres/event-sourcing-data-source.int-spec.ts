import type { DataSource } from 'typeorm';
import { openTestDatabase } from '../../testing/test-database';
import { openEventSourcingDataSource } from './event-sourcing-data-source';

describe('openEventSourcingDataSource', () => {
  it('lets several data sources boot against one schema at once, migrating it once', async () => {
    const database = await openTestDatabase();
    const schema = `${database.schema}_shared`;
    await database.dataSource.query(`CREATE SCHEMA ${schema}`);
    const opened: DataSource[] = [];
    try {
      opened.push(...(await Promise.all(Array.from({ length: 4 }, () => openEventSourcingDataSource({ url: database.url, schema, poolSize: 2 })))));
      const [first] = opened;
      const migrations = (await first?.query('SELECT name FROM event_sourcing_migrations')) as { name: string }[];
      expect(migrations.map((row) => row.name)).toEqual(['CreateEventStore1763700000000']);
    } finally {
      await Promise.all(opened.map((dataSource) => dataSource.destroy()));
      await database.dataSource.query(`DROP SCHEMA ${schema} CASCADE`);
      await database.drop();
    }
  });
});
