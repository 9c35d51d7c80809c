// One table for the terminal (Markdown, so it pastes into an issue as it is) and the JSON file.
import { mkdirSync, writeFileSync } from "node:fs";
import type { ApiCase } from "./api";
import { kb } from "./budgets";
import { fileRows } from "./files";
import { BURST_LIVES, type StorageCounts } from "./hops";
import { dashboardRows } from "./idle-dashboard";
import type { LighthouseRun } from "./lighthouse";
import type { BenchResults, BudgetCheck } from "./results";

type Row = [measure: string, result: string, vsFloor: string, budgetKey?: string];

export function renderTable(results: BenchResults, checks: BudgetCheck[]): string {
  const { floor, cases } = results.api;
  const rows: Row[] = [
    [floor.name, load(floor), "1x"],
    ...cases.map((c): Row => [c.name, load(c), vsFloor(c, floor), c.key === "reveal" ? "reveal" : undefined]),
    [
      `exactly-once race: ${results.race.secrets} secrets x ${results.race.revealsPerSecret} reveals`,
      `${results.race.doubleReads} double reads, ${results.race.neverRead} never read; answers ${statuses(results.race.statuses)} in ${results.race.seconds.toFixed(1)} s`,
      "",
      "race",
    ],
    ...results.pages.map((page): Row => {
      const result =
        page.gzipBytes === null
          ? `not in this build: ${page.missing.join(", ")} (see PAGES in scripts/bench/weights.ts)`
          : `${kb(page.gzipBytes)} gz first load (HTML+JS+CSS, ${page.files.length} files)`;
      return [`page weight: ${page.page}`, result, "", undefined];
    }),
    ...recipientRows(results),
    ...results.lighthouse.flatMap(lighthouseRows),
    [
      "worker bundle (wrangler deploy --dry-run)",
      `${kb(results.worker.gzipBytes)} gz (${kb(results.worker.rawBytes)} raw)`,
      "",
      "workerBundle",
    ],
    ...results.scale.map((row): Row => {
      if (!row.small || !row.large || row.ratio === undefined) return [`scale: ${row.name}`, row.pending ?? "", ""];
      const { small, large } = row;
      const result = `p50@1 ${ms(small.p50)} (floor ${ms(small.floorP50)}) at ${count(small.rows)} -> ${ms(large.p50)} (floor ${ms(large.floorP50)}) at ${count(large.rows)}`;
      return [`scale: ${row.name}`, result, "", `scale:${row.name}`];
    }),
    ...results.hops.cases.map((c): Row => {
      const result = `${c.roundTrips} round trips (fastest ${ms(c.plainMs)}, ${ms(c.delayedMs)} with +${results.hops.delayMs} ms a hop)`;
      return [`storage round trips: ${c.name}`, result, "", `hops:${c.key}`];
    }),
    ...results.hops.skipped.map((s): Row => [`storage round trips: ${s.key}`, `not measured: ${s.reason}`, ""]),
    ["secret life (create, peek, reveal, delivered, sealed), alone", lifeCounts(results.hops.life), ""],
    [`secret life, per life in a burst of ${BURST_LIVES}`, lifeCounts(results.hops.burst), "", "life:d1"],
    ...results.cpu.cases.map(
      (c): Row => [
        `CPU: ${c.name}`,
        `${ms(c.cpuMs)} per request (workerd user+sys, ${c.requests} requests, idle ${ms(results.cpu.idleMsPerSecond)}/s off)`,
        "",
      ],
    ),
    ...dashboardRows(results.dashboard),
    ...fileRows(results.files),
  ];
  const header = ["measure", "result", "vs floor", "budget", ""];
  const body = rows.map(([measure, result, ratio, key]) => {
    const check = checks.find((c) => c.key === key);
    const budget = check ? `${check.limit} (${check.actual})` : "";
    return [measure, result, ratio, budget, check ? (check.ok ? "ok" : "OVER") : ""];
  });
  return markdownTable([header, ...body]);
}

export function writeJson(results: BenchResults, checks: BudgetCheck[]): string {
  mkdirSync("bench-results", { recursive: true });
  const file = `bench-results/bench-${results.meta.startedAt.replace(/[:.]/g, "-")}.json`;
  const json = `${JSON.stringify({ ...results, budgets: checks }, null, 2)}\n`;
  writeFileSync(file, json);
  writeFileSync("bench-results/latest.json", json);
  return file;
}

/** Bytes, requests and depth of the recipient page, each row checked against its own budget. */
function recipientRows({ recipient, recipientGerman }: BenchResults): Row[] {
  const files = recipient.requests.map((r) => `${r.file} ${kb(r.gzipBytes)}`).join(", ");
  const later = recipient.later.map((r) => `${r.file} ${kb(r.gzipBytes)}`).join(", ");
  return [
    ["page weight: recipient /s/:id (first load)", `${kb(recipient.gzipBytes)} gz: ${files}`, "", "recipientPage"],
    ["recipient /s/:id in English: growth since i18n", kb(recipient.gzipBytes), "", "recipientGrowthEn"],
    ["recipient /s/:id in German: growth since i18n", kb(recipientGerman.gzipBytes), "", "recipientGrowthDe"],
    [
      "recipient /s/:id: requests before usable",
      `${recipient.requests.length}; later by import(): ${later || "none"}`,
      "",
      "recipientRequests",
    ],
    ["recipient /s/:id: longest request chain", `${recipient.depth} (HTML = 1)`, "", "recipientDepth"],
  ];
}

/** One row per run; the recipient page's phone run has a row per budgeted metric. */
function lighthouseRows(run: LighthouseRun): Row[] {
  const seen = `${run.requests} requests, longest chain ${run.longestChain}; median of ${run.runs}, CPU index ${run.benchmarkIndex.toFixed(0)}; ${run.report}`;
  if (run.key !== "recipient-mobile") {
    const result = `score ${run.score}, LCP ${ms(run.lcpMs)}, TBT ${ms(run.tbtMs)}, CLS ${run.cls.toFixed(3)}; ${seen}`;
    return [[run.name, result, "", run.key === "dashboard-mobile" ? "lh:dashboard" : undefined]];
  }
  return [
    [`${run.name}: score`, `${run.score}; ${seen}`, "", "lh:score"],
    [`${run.name}: LCP`, ms(run.lcpMs), "", "lh:lcp"],
    [`${run.name}: TBT`, ms(run.tbtMs), "", "lh:tbt"],
    [`${run.name}: CLS`, run.cls.toFixed(3), "", "lh:cls"],
  ];
}

function load(c: ApiCase): string {
  const failed = c.busy.failed + c.serial.failed;
  const busy = `${c.busy.requestsPerSecond.toFixed(0)}/s p50 ${ms(c.busy.p50)} p99 ${ms(c.busy.p99)} @32`;
  const paired = c.key === "floor" ? "" : ` (floor ${ms(c.serialFloorP50)})`;
  return `${busy}; p50 ${ms(c.serial.p50)}${paired} @1${failed > 0 ? `; ${failed} FAILED` : ""}`;
}

function vsFloor(c: ApiCase, floor: ApiCase): string {
  const rate = c.busy.requestsPerSecond / floor.busy.requestsPerSecond;
  return `${rate.toFixed(2)}x rate, ${(c.serial.p50 / c.serialFloorP50).toFixed(2)}x p50@1`;
}

function lifeCounts(c: StorageCounts): string {
  return `${c.d1Statements} D1 statements in ${c.d1Calls} calls, ${c.doRequests} Durable Object requests`;
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

function count(n: number): string {
  if (n >= 1_000_000) return `${n / 1_000_000}M`;
  return n >= 1000 ? `${n / 1000}k` : String(n);
}

function statuses(byStatus: Record<string, number>): string {
  return Object.entries(byStatus)
    .map(([status, n]) => `${status}: ${n}`)
    .join(", ");
}

export function markdownTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join(" | ")} |`;
  const [header, ...body] = rows;
  return [line(header ?? []), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
