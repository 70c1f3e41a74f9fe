/**
 * The audit table's qualified name: in the data source's own schema when it has one (a service given
 * `DATABASE_SCHEMA`, a spec's schema), else wherever the role's search_path puts it (its own schema in a node).
 */
export function auditTableOf(schema: string | undefined): { table: string; appendOnlyFunction: string } {
  const prefix = schema ? `"${schema.replace(/"/g, '""')}".` : '';
  return { table: `${prefix}audit_log`, appendOnlyFunction: `${prefix}audit_log_append_only` };
}
