// What a scale case is, apart from scale.ts: each case's own file names this type, and scale.ts imports
// every case file.
import type { DatabaseSync } from "node:sqlite";

export interface ScaleCase {
  name: string;
  unit: string;
  small: number;
  large: number;
  routes: { name: string; path: string }[];
  /** Adds rows from..to-1 for the owner straight into local D1. */
  seed(db: DatabaseSync, ownerId: string, from: number, to: number): void;
}

/** A case whose feature does not exist yet: shown in the table as such, never faked. */
export interface PendingScaleCase {
  name: string;
  pending: string;
}
