// The soak's tables (Markdown, as docs/capacity.md records them), its trend lines and its JSON file.
import { mkdirSync, writeFileSync } from "node:fs";
import { markdownTable } from "./report";
import type { SoakResults } from "./soak";
import { OPERATIONS, type Ratio } from "./soak-stats";

const MB = 2 ** 20;

export function renderSoak(results: SoakResults): string {
  const header = ["min", "answers", "429", "errors", "p50 all", "p95 all", "p99 all", "max all"];
  header.push(...OPERATIONS.map((op) => `p95 ${op}`), "workerd RSS (anon)", "state", "app CPU/answer", "load");
  const rows = results.minutes.map((row) => {
    const errors = row.errors + row.unexpected;
    return [
      String(row.minute),
      String(row.requests),
      String(row.limited),
      errors > 0 ? `**${errors}**` : "0",
      ms(row.all.p50),
      ms(row.all.p95),
      ms(row.all.p99),
      ms(row.all.max),
      ...OPERATIONS.map((op) => ms(row.ops[op].p95)),
      row.reading ? `${mb(row.reading.workerdRssBytes)} (${mb(row.reading.workerdAnonBytes)})` : "?",
      row.reading ? mb(row.reading.stateBytes) : "?",
      row.cpuMsPerAnswer === null ? "?" : `${ms(row.cpuMsPerAnswer)} ms`,
      row.reading ? row.reading.loadAverage.toFixed(1) : "?",
    ];
  });
  return [markdownTable([header, ...rows]), "", perOperation(results), "", ...trendLines(results)].join("\n");
}

/** The whole run per operation: counts by outcome, percentiles over every ok answer, answers by status. */
function perOperation(results: SoakResults): string {
  const header = ["operation", "weight", "ok", "429", "unexpected", "errors", "p50", "p95", "p99", "max", "answers"];
  const rows = OPERATIONS.map((op) => {
    const t = results.overall[op];
    const statuses = Object.entries(t.statuses)
      .map(([status, n]) => `${status}: ${n}`)
      .join(", ");
    const counts = [t.ok, t.limited, t.unexpected, t.errors].map(String);
    return [op, String(results.meta.weights[op]), ...counts, ms(t.p50), ms(t.p95), ms(t.p99), ms(t.max), statuses];
  });
  return markdownTable([header, ...rows]);
}

export function trendLines(results: SoakResults): string[] {
  const { trend } = results;
  const span = (w: { from: number; to: number }) =>
    w.from === w.to ? `minute ${w.from}` : `minutes ${w.from}-${w.to}`;
  const latency = (r: Ratio) => `${ms(r.first)} -> ${ms(r.last)} (${r.ratio.toFixed(2)}x)`;
  const ops = OPERATIONS.map((op) => `${op} ${trend.p95[op].ratio.toFixed(2)}x`).join(", ");
  const totals = results.minutes.reduce(
    (t, row) => ({
      errors: t.errors + row.errors,
      unexpected: t.unexpected + row.unexpected,
      limited: t.limited + row.limited,
    }),
    { errors: 0, unexpected: 0, limited: 0 },
  );
  return [
    `trend, ${span(trend.first)} against ${span(trend.last)}:`,
    "",
    `- p95, all operations: ${latency(trend.p95.all)}; by operation: ${ops}`,
    `- the app's CPU per answer: ${ms(trend.cpuMsPerAnswer.first)} -> ${ms(trend.cpuMsPerAnswer.last)} ms (${trend.cpuMsPerAnswer.ratio.toFixed(2)}x)`,
    `- answers per minute: ${trend.throughput.first.toFixed(0)} -> ${trend.throughput.last.toFixed(0)} (${trend.throughput.ratio.toFixed(2)}x)`,
    `- workerd RSS: ${mb(trend.rss.first)} -> ${mb(trend.rss.last)} (${trend.rss.ratio.toFixed(2)}x); ` +
      `slope ${signed(trend.rssSlopePerMinute / MB)} MB/min from ${span(trend.first)} on`,
    `- ${totals.limited} answers of 429 (rate limits, expected); ${totals.unexpected} unexpected answers; ` +
      `${totals.errors} errors (5xx, refused, timed out)${totals.errors + totals.unexpected > 0 ? "  <-- NOT CLEAN" : ""}`,
  ];
}

export function writeSoakJson(results: SoakResults): string {
  mkdirSync("bench-results", { recursive: true });
  const file = `bench-results/soak-${results.meta.startedAt.replace(/[:.]/g, "-")}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}

function ms(value: number): string {
  if (!Number.isFinite(value)) return "-";
  return value < 10 ? value.toFixed(1) : value.toFixed(0);
}

function mb(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / MB).toFixed(0)} MB` : "?";
}

function signed(value: number): string {
  if (!Number.isFinite(value)) return "?";
  return `${value >= 0 ? "+" : ""}${value.toFixed(2)}`;
}
