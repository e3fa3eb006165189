/** One schema step. Versions are applied in ascending order, each once, recorded in schema_migrations. */
export interface Migration {
  version: number;
  name: string;
  /** Plain DDL/DML, no parameters; run inside the migration transaction. */
  sql: string;
}
