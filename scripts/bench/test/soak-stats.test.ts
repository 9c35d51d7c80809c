// The soak's arithmetic on answers made up here, so each expected number can be worked out by hand.
// Runs in Node (`npm run test:bench`), as the bench itself does.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { byMinute, type Operation, outcomeOf, type Sample, slope, trendOf, trendWindows } from "../soak-stats";
import { EXPECTED } from "../soak-traffic";

const at = (minute: number, second: number) => (minute - 1) * 60_000 + second * 1000;
const sample = (op: Operation, time: number, ms: number, status = String(EXPECTED[op])): Sample => ({
  op,
  at: time,
  ms,
  status,
});

describe("soak statistics", () => {
  test("sorts answers into expected, rate-limited, unexpected and errors", () => {
    assert.equal(outcomeOf("201", 201), "ok");
    assert.equal(outcomeOf("403", 403), "ok");
    assert.equal(outcomeOf("200", 201), "unexpected");
    assert.equal(outcomeOf("429", 200), "limited");
    assert.equal(outcomeOf("404", 200), "unexpected");
    assert.equal(outcomeOf("500", 200), "error");
    assert.equal(outcomeOf("503", 200), "error");
    assert.equal(outcomeOf("error", 200), "error");
  });

  test("groups answers by the minute they arrived in, with percentiles of the expected ones only", () => {
    const samples: Sample[] = [];
    // Minute 1: 100 peeks of 1..100 ms, and a 429 and a 500 whose times must not count.
    for (let ms = 1; ms <= 100; ms++) samples.push(sample("peek", at(1, ms / 2), ms));
    samples.push(sample("reveal", at(1, 59.9), 5000, "429"), sample("reveal", at(1, 10), 9000, "500"));
    // Minute 2: two creates; one answer after the last minute's end counts in the last minute.
    samples.push(sample("create", at(2, 0), 10), sample("create", at(2, 30), 30), sample("list", at(3, 2), 7));

    const [first, second, ...rest] = byMinute(samples, 2, EXPECTED);
    assert.equal(rest.length, 0);
    assert.ok(first && second);
    assert.deepEqual([first.minute, first.requests, first.limited, first.errors, first.unexpected], [1, 102, 1, 1, 0]);
    assert.deepEqual(first.all, { ok: 100, p50: 50, p95: 95, p99: 99, max: 100 });
    assert.deepEqual(first.ops.reveal.statuses, { "429": 1, "500": 1 });
    assert.equal(first.ops.reveal.ok, 0);
    assert.ok(Number.isNaN(first.ops.reveal.p95));
    assert.equal(first.ops.peek.p99, 99);
    assert.deepEqual([second.minute, second.requests, second.ops.create.ok, second.ops.list.ok], [2, 3, 2, 1]);
    assert.equal(second.ops.create.max, 30);
  });

  test("fits a straight line's slope", () => {
    assert.equal(slope([1, 2, 3, 4].map((x) => ({ x, y: 3 * x + 5 }))), 3);
    assert.equal(
      slope([
        { x: 1, y: 2 },
        { x: 2, y: 2 },
      ]),
      0,
    );
    assert.ok(Number.isNaN(slope([{ x: 1, y: 2 }])));
  });

  test("compares the first and last sixth of the run, leaving out the first minute as warm-up", () => {
    assert.deepEqual(trendWindows(30), { first: { from: 2, to: 6 }, last: { from: 26, to: 30 } });
    assert.deepEqual(trendWindows(2), { first: { from: 1, to: 1 }, last: { from: 2, to: 2 } });
    assert.deepEqual(trendWindows(1), { first: { from: 1, to: 1 }, last: { from: 1, to: 1 } });
  });

  test("shows a slowdown and a leak as ratios above 1 and a positive slope", () => {
    const minutes = 12;
    const samples: Sample[] = [];
    for (let minute = 1; minute <= minutes; minute++) {
      // Every answer of minute m takes m ms; minute 1 (warm-up) is made slow on purpose and must not count.
      const ms = minute === 1 ? 1000 : minute;
      for (let i = 0; i < 20; i++) samples.push(sample("audit", at(minute, i), ms));
    }
    const rows = byMinute(samples, minutes, EXPECTED);
    // 100 MB at minute 1, then 10 MB more each minute; one missing reading is skipped.
    const rss = rows.map((row) => (row.minute === 5 ? null : (100 + 10 * (row.minute - 1)) * 2 ** 20));
    // The app's CPU per answer: flat at 2 ms, but for a doubled last minute.
    const cpuMsPerAnswer = rows.map((row) => (row.minute === minutes ? 4 : 2));
    const trend = trendOf(samples, rows, { rss, cpuMsPerAnswer }, EXPECTED);
    assert.deepEqual(
      [trend.first, trend.last],
      [
        { from: 2, to: 3 },
        { from: 11, to: 12 },
      ],
    );
    assert.deepEqual(trend.p95.all, { first: 3, last: 12, ratio: 4 });
    assert.equal(trend.p95.audit.ratio, 4);
    assert.ok(Number.isNaN(trend.p95.create.ratio));
    assert.equal(trend.throughput.ratio, 1);
    assert.equal(trend.rss.first, 115 * 2 ** 20);
    assert.equal(trend.rss.last, 205 * 2 ** 20);
    assert.ok(Math.abs(trend.rssSlopePerMinute - 10 * 2 ** 20) < 1e-6);
    assert.deepEqual(trend.cpuMsPerAnswer, { first: 2, last: 3, ratio: 1.5 });
  });
});
