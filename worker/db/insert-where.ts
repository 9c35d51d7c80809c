// INSERT ... SELECT ... WHERE: a row that lands only if a condition holds when the statement runs. D1 runs
// each statement (and each batch) alone, so the condition and the write cannot be split by a racing request.
import { getTableColumns, is, SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "./client";

/**
 * Inserts `row` into `table` if `condition` holds. Drizzle names every column, so a field the row leaves out
 * takes the column's default here (null for an integer primary key: SQLite numbers the row).
 */
export function insertRowWhere<T extends SQLiteTable>(
  db: Database,
  table: T,
  row: Partial<T["$inferInsert"]>,
  condition: SQL,
) {
  const fields = row as Record<string, unknown>;
  const values = Object.entries(getTableColumns(table))
    // The columns drizzle's insert names: all but generated ones (its check, not part of its typed surface).
    .filter(([, column]) => !(column as { shouldDisableInsert?: () => boolean }).shouldDisableInsert?.())
    .map(([key, column]) => {
      const value = fields[key] ?? column.defaultFn?.() ?? column.default ?? null;
      return is(value, SQL) ? value : sql.param(value, column);
    });
  return db.insert(table).select(sql`select ${sql.join(values, sql`, `)} where ${condition}`);
}
