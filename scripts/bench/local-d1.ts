// Seeding goes straight into the SQLite file behind local D1: 100k rows commit in about half a second,
// where `wrangler d1 execute --file` starts a second runtime per call. Both ends use SQLite's own
// locking (WAL), and the running app sees the rows as soon as the transaction commits.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";

/** The one D1 database (binding DB) of a `--persist-to` directory. */
export function openLocalD1(stateDir: string): DatabaseSync {
  const dir = join(stateDir, "v3/d1/miniflare-D1DatabaseObject");
  const files = readdirSync(dir).filter((file) => file.endsWith(".sqlite") && file !== "metadata.sqlite");
  if (files.length !== 1) throw new Error(`expected one local D1 database in ${dir}, found ${files.length}`);
  const db = new DatabaseSync(join(dir, files[0] ?? ""));
  db.exec("PRAGMA busy_timeout = 10000");
  return db;
}

const ROWS_PER_TRANSACTION = 50_000;

/** Runs `insertRow(i)` for i in [from, to), committing every 50k rows so the WAL stays small. */
export function insertRows(db: DatabaseSync, from: number, to: number, insertRow: (i: number) => void): void {
  for (let start = from; start < to; start += ROWS_PER_TRANSACTION) {
    db.exec("BEGIN");
    try {
      for (let i = start; i < Math.min(to, start + ROWS_PER_TRANSACTION); i++) insertRow(i);
      db.exec("COMMIT");
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
  }
}
