// The small shapes every answer is built from (UTC times, random ids, counts, page cursors).
import * as z from "zod";

export const time = z.iso.datetime().meta({ description: "UTC, ISO 8601", examples: ["2026-12-01T09:00:00.000Z"] });
export const id = z
  .string()
  .meta({ description: "16 random bytes as base64url", examples: ["AAAAAAAAAAAAAAAAAAAAAA"] });
export const count = z.number().int().min(0);
export const cursor = z
  .string()
  .nullable()
  .meta({ description: "Pass as `cursor` for the next page; null on the last" });
