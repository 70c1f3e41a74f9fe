import { Client } from 'pg';

/** Runs one statement on a database (to create or drop a spec's own database or schema). */
export async function runSql(databaseUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
