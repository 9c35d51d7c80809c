import { defineConfig } from "drizzle-kit";

// Flat 0000_name.sql files: wrangler's `d1 migrations apply` and the tests' readD1Migrations read them.
export default defineConfig({
  dialect: "sqlite",
  schema: "./worker/db/schema.ts",
  out: "./migrations",
});
