// Files (PROTOCOL 2.2) through the real routes of the running app: one secret of `mib` MiB of random bytes,
// sealed here beforehand (so the clock measures the app, not this script's encryption), uploaded chunk by
// chunk on one connection, revealed, and downloaded chunk by chunk. Throughput in MB/s (10^6 bytes a second),
// and each chunk's time beside GET /api/health's (the floor). workerd's resident memory is sampled every
// 10 ms: its peak growth during the upload is set against its growth during as long a run of health requests,
// so a Worker that held a whole file would show it as the file's size.

import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { envelopeUpload, sealSecret } from "../../protocol/envelope";
import { chunkRange, deriveFileKey, planFiles, sealChunk } from "../../protocol/file-stream";
import { distinctClientIp, type Owner } from "./account";
import { workerdStats } from "./cpu";
import { log } from "./log";

export const FILE_BUDGETS = {
  /** Median time of one 1 MiB chunk request, upload or download, over the floor's median (measured 2-4x). */
  chunkLatencyRatio: 10,
  /**
   * workerd's peak anonymous memory growth during the upload beyond the floor's (MiB). Measured: about 44 for
   * 20 MiB and 42 for 50 MiB, chunks V8 has not collected yet; a Worker that kept the file would add the file.
   */
  uploadPeakMiB: 64,
};

export interface FileTransfer {
  seconds: number;
  mbPerSecond: number;
  chunkP50Ms: number;
}

export interface FileResults {
  mib: number;
  chunks: number;
  floorP50Ms: number;
  upload: FileTransfer;
  download: FileTransfer;
  /** workerd's resident memory (MiB): before, and its peak growth during the floor run and the upload. */
  memory: { baselineMiB: number; floorGrowthMiB: number; uploadGrowthMiB: number };
}

const MiB = 1024 * 1024;

/**
 * Sums workerd's anonymous resident memory (RssAnon in /proc/PID/status: the isolates' heaps and buffers)
 * every 10 ms until stopped, and answers the peak (MiB). File-backed pages are left out: they are the local
 * SQLite files of the Durable Objects' storage, mapped into workerd here, which no isolate's 128 MB holds.
 */
function sampleMemory(groupId: number): { stop: () => number; now: () => number } {
  const pids = workerdStats(groupId).map(({ pid }) => pid);
  const rss = () =>
    pids.reduce((sum, pid) => {
      try {
        const kib = /RssAnon:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
        return sum + Number(kib ?? 0) / 1024;
      } catch {
        return sum;
      }
    }, 0);
  let peak = rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, rss());
  }, 10);
  return {
    now: rss,
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, rss());
    },
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timed(run: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function expectOk(res: Response, what: string): Promise<Response> {
  if (!res.ok) throw new Error(`${what} answered ${res.status}: ${await res.text()}`);
  return res;
}

export async function measureFiles(origin: string, owner: Owner, groupId: number, mib: number): Promise<FileResults> {
  const entries = [{ name: "bench.bin", type: "", size: mib * MiB }];
  const plan = planFiles(entries);
  const file = plan.files[0];
  if (!file) throw new Error("no file planned");
  const sealed = await sealSecret({ text: "", files: entries });
  const key = await deriveFileKey(sealed.linkKey);
  const plaintext = randomBytes(mib * MiB);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (let n = 0; n < file.chunks; n++) {
    const { start, end, last } = chunkRange(file, n);
    chunks.push(await sealChunk(key, n, last, new Uint8Array(plaintext.subarray(start, end))));
  }

  // The floor: health requests one after another, as many as there are chunks, memory sampled meanwhile.
  const floorMemory = sampleMemory(groupId);
  const baselineMiB = floorMemory.now();
  const floorTimes: number[] = [];
  for (let i = 0; i < Math.max(50, chunks.length); i++) {
    floorTimes.push(await timed(async () => void (await (await fetch(`${origin}/api/health`)).arrayBuffer())));
  }
  const floorGrowthMiB = floorMemory.stop() - baselineMiB;

  const create = await fetch(`${origin}/api/secrets`, {
    method: "POST",
    headers: owner.headers,
    body: JSON.stringify({ ...envelopeUpload(sealed), files: { bytes: plan.sealedBytes } }),
  });
  const { secret, uploadToken } = (await (await expectOk(create, "create")).json()) as {
    secret: { id: string };
    uploadToken: string;
  };
  const path = `${origin}/api/secrets/${secret.id}`;
  const uploadMemory = sampleMemory(groupId);
  const uploadBefore = uploadMemory.now();
  const uploadTimes: number[] = [];
  const uploadMs = await timed(async () => {
    for (const [index, body] of chunks.entries()) {
      const init = { method: "POST", headers: { "X-Upload-Token": uploadToken }, body };
      uploadTimes.push(
        await timed(
          async () => void (await expectOk(await fetch(`${path}/chunks/${index}`, init), "chunk upload")).arrayBuffer(),
        ),
      );
    }
    await expectOk(
      await fetch(`${path}/complete`, { method: "POST", headers: { "X-Upload-Token": uploadToken } }),
      "complete",
    );
  });
  const uploadGrowthMiB = uploadMemory.stop() - uploadBefore;

  const reveal = await fetch(`${path}/reveal`, {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": distinctClientIp() },
    body: JSON.stringify({ proof: sealed.proof }),
  });
  const { files } = (await (await expectOk(reveal, "reveal")).json()) as { files: { token: string } };
  const downloadTimes: number[] = [];
  let downloaded = 0;
  const downloadMs = await timed(async () => {
    for (let index = 0; index < chunks.length; index++) {
      downloadTimes.push(
        await timed(async () => {
          const res = await expectOk(
            await fetch(`${path}/chunks/${index}`, { headers: { "X-Download-Token": files.token } }),
            "chunk download",
          );
          downloaded += (await res.arrayBuffer()).byteLength;
        }),
      );
    }
  });
  if (downloaded !== plan.sealedBytes) throw new Error(`downloaded ${downloaded} of ${plan.sealedBytes} sealed bytes`);

  const transfer = (ms: number, times: number[]): FileTransfer => ({
    seconds: ms / 1000,
    mbPerSecond: plan.sealedBytes / 1e6 / (ms / 1000),
    chunkP50Ms: median(times),
  });
  const results: FileResults = {
    mib,
    chunks: chunks.length,
    floorP50Ms: median(floorTimes),
    upload: transfer(uploadMs, uploadTimes),
    download: transfer(downloadMs, downloadTimes),
    memory: { baselineMiB, floorGrowthMiB, uploadGrowthMiB },
  };
  log(
    `  ${mib} MiB: upload ${results.upload.mbPerSecond.toFixed(1)} MB/s, download ${results.download.mbPerSecond.toFixed(1)} MB/s, workerd +${uploadGrowthMiB.toFixed(1)} MiB at peak (floor +${floorGrowthMiB.toFixed(1)})`,
  );
  return results;
}

type Row = [measure: string, result: string, vsFloor: string, budgetKey?: string];

export function fileRows(files: FileResults): Row[] {
  const ratio = (t: FileTransfer) => `${(t.chunkP50Ms / files.floorP50Ms).toFixed(1)}x p50@1`;
  const line = (t: FileTransfer) =>
    `${t.mbPerSecond.toFixed(1)} MB/s (${t.seconds.toFixed(1)} s); chunk p50 ${t.chunkP50Ms.toFixed(1)} ms (floor ${files.floorP50Ms.toFixed(2)} ms) @1`;
  const { memory } = files;
  return [
    [
      `files: upload ${files.mib} MiB in ${files.chunks} chunks`,
      line(files.upload),
      ratio(files.upload),
      "files:upload",
    ],
    [`files: download ${files.mib} MiB`, line(files.download), ratio(files.download), "files:download"],
    [
      "files: workerd peak memory per upload",
      `+${memory.uploadGrowthMiB.toFixed(1)} MiB over ${memory.baselineMiB.toFixed(0)} MiB (floor run +${memory.floorGrowthMiB.toFixed(1)} MiB)`,
      "",
      "files:memory",
    ],
  ];
}
