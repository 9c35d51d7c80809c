// The shape of one run, as written to bench-results/*.json.
import type { ApiResults } from "./api";
import type { CpuResults } from "./cpu";
import type { FileResults } from "./files";
import type { HopResults } from "./hops";
import type { IdleDashboardResult } from "./idle-dashboard";
import type { LighthouseRun } from "./lighthouse";
import type { RaceResult } from "./race";
import type { RecipientLoad } from "./recipient-requests";
import type { ScaleResult } from "./scale";
import type { BundleWeight, PageWeight } from "./weights";

export interface BenchResults {
  meta: {
    startedAt: string;
    mode: "full" | "quick";
    node: string;
    cpus: number;
    /** The commit the bench's copy of the working tree started from ("+changes": with uncommitted edits). */
    revision: string;
  };
  api: ApiResults;
  race: RaceResult;
  pages: PageWeight[];
  recipient: RecipientLoad;
  recipientGerman: RecipientLoad;
  lighthouse: LighthouseRun[];
  worker: BundleWeight;
  scale: ScaleResult[];
  /** Storage round trips per route and storage calls per secret life (hops.ts). */
  hops: HopResults;
  cpu: CpuResults;
  dashboard: IdleDashboardResult;
  /** Upload and download of one file through the chunk routes, and workerd's memory meanwhile (files.ts). */
  files: FileResults;
}

export interface BudgetCheck {
  key: string;
  limit: string;
  actual: string;
  ok: boolean;
}
