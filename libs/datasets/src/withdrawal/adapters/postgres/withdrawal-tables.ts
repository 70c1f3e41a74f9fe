/** The withdrawal tables, qualified with the data source's schema when one is configured. */
export interface WithdrawalTables {
  readonly events: string;
  readonly notices: string;
  readonly retracted: string;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function withdrawalTablesOf(schema: string | undefined): WithdrawalTables {
  const qualify = (table: string) => (schema ? `${quoted(schema)}.${quoted(table)}` : quoted(table));
  return { events: qualify('datasets_withdrawal_events'), notices: qualify('datasets_withdrawal_notices'), retracted: qualify('datasets_retracted_events') };
}

export const schemaOf = (options: unknown): string | undefined => (options as { schema?: string }).schema;
