// The bench runs a copy of the working tree as it was when the bench started (uncommitted changes
// included). `wrangler dev` rebuilds and reloads the Worker whenever a source file changes, answering 503
// meanwhile, so an edit made during a run would otherwise land in the middle of the measurements.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export interface Snapshot {
  dir: string;
  /** The commit it started from, with "+changes" when the working tree differed from it. */
  revision: string;
  remove(): void;
}

export function snapshotWorkingTree(): Snapshot {
  const dir = mkdtempSync(join(tmpdir(), "oncelink-bench-tree-"));
  // Tracked and untracked files, .gitignore'd ones (node_modules, dist, .wrangler) left out.
  const files = git(["ls-files", "-z", "--cached", "--others", "--exclude-standard"]).split("\0");
  for (const file of files) {
    if (!file || !existsSync(file)) continue; // a tracked file deleted in the working tree
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(file, join(dir, file));
  }
  symlinkSync(resolve("node_modules"), join(dir, "node_modules"), "dir");
  const changed = git(["status", "--porcelain", "--untracked-files=no"]).trim() !== "";
  return {
    dir,
    revision: `${git(["rev-parse", "--short", "HEAD"]).trim()}${changed ? "+changes" : ""}`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function git(args: string[]): string {
  return execFileSync("git", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}
