// Checks every relative link in the repository's Markdown (README.md, SECURITY.md, docs/*.md and any other
// .md file in it): the target must be a file or folder of this repository (tracked, or new and not ignored),
// not merely one that happens to exist on this machine (../shared/PROTOCOL.md did, outside the repository), and a `#anchor` into a Markdown file must name one of its headings
// (GitHub's slugs). External links (http:, https:, mailto: and other schemes) are not fetched.
// Run: node scripts/check-doc-links.mjs  (part of `npm run lint`); exits 1 naming each broken link.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Files a clone would have: tracked ones, and new ones not yet added but not ignored either (so a doc being
 * written can be linked before `git add`). Repository-relative, with "/"; null when git cannot tell (then
 * the disk decides).
 */
function trackedFiles() {
  try {
    const args = ["ls-files", "-z", "--cached", "--others", "--exclude-standard"];
    const out = execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return out.split("\0").filter(Boolean);
  } catch {
    return null;
  }
}

const SKIPPED_DIRS = new Set([".git", "node_modules", "dist", ".wrangler", "test-results", "bench-results"]);

function walk(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name), found);
    } else found.push(relative(root, join(dir, entry.name)).split(sep).join("/"));
  }
  return found;
}

const tracked = trackedFiles();
const files = (tracked ?? walk(root)).filter((path) => existsSync(join(root, path)));
const fileSet = new Set(files);
const dirSet = new Set(
  files.flatMap((path) =>
    path
      .split("/")
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join("/")),
  ),
);
const markdownFiles = files.filter((path) => path.toLowerCase().endsWith(".md"));

/** Lines outside fenced and indented code blocks, with inline code spans blanked, keeping line numbers. */
function proseLines(text) {
  const lines = text.split(/\r?\n/);
  let fence = null;
  let previousBlank = true;
  return lines.map((line) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return "";
    }
    if (marker) {
      fence = marker;
      return "";
    }
    const indentedCode = previousBlank && /^( {4}|\t)/.test(line) && !/^\s*([-*+]|\d+\.)\s/.test(line);
    previousBlank = line.trim() === "" || (indentedCode && previousBlank);
    if (indentedCode) return "";
    return line.replace(/(`+)[\s\S]*?\1/g, (span) => " ".repeat(span.length));
  });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(text) {
  const anchors = new Set();
  const seen = new Map();
  const raw = text.split(/\r?\n/);
  const prose = proseLines(text);
  const add = (heading) => {
    const plain = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      .replace(/[`*]/g, "")
      .trim()
      .toLowerCase();
    const base = plain.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  };
  prose.forEach((line, i) => {
    if (line === "" && raw[i] !== "") return; // inside code
    const atx = /^ {0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$/.exec(raw[i] ?? "");
    if (atx) add(atx[1] ?? "");
    else if (
      /^ {0,3}(=+|-+)\s*$/.test(line) &&
      i > 0 &&
      prose[i - 1]?.trim() &&
      !/^\s*([-*+]|\d+\.|\|)/.test(prose[i - 1] ?? "")
    ) {
      add(raw[i - 1] ?? "");
    }
    for (const match of line.matchAll(/<a\s[^>]*(?:name|id)="([^"]+)"/gi)) anchors.add(match[1]);
  });
  return anchors;
}

const anchorCache = new Map();
function anchorsIn(path) {
  if (!anchorCache.has(path)) anchorCache.set(path, anchorsOf(readFileSync(join(root, path), "utf8")));
  return anchorCache.get(path);
}

/** Every link target in a file: inline links and images, and reference definitions. */
function linksOf(text) {
  const links = [];
  proseLines(text).forEach((line, i) => {
    for (const match of line.matchAll(
      /!?\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+("[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g,
    )) {
      links.push({ line: i + 1, target: match[1] ?? "" });
    }
    const definition = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/.exec(line);
    if (definition) links.push({ line: i + 1, target: definition[1] ?? "" });
  });
  return links.map((link) => ({ ...link, target: link.target.replace(/^<(.*)>$/, "$1") }));
}

function problemWith(fromFile, target) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // external: not fetched
  const hashAt = target.indexOf("#");
  const pathPart = hashAt === -1 ? target : target.slice(0, hashAt);
  const anchor = hashAt === -1 ? null : decodeURIComponent(target.slice(hashAt + 1));
  let path = fromFile;
  if (pathPart !== "") {
    const decoded = decodeURIComponent(pathPart.split("?")[0] ?? "");
    const absolute = decoded.startsWith("/") ? join(root, decoded) : resolve(root, dirname(fromFile), decoded);
    const inside = relative(root, absolute);
    if (inside.startsWith("..") || resolve(root, inside) !== absolute) return "points outside the repository";
    path = inside.split(sep).join("/").replace(/\/$/, "");
    const isFile = fileSet.has(path);
    const isDir = path === "" || dirSet.has(path);
    if (!isFile && !isDir) {
      return existsSync(absolute) ? "exists here but is git-ignored, so not in the repository" : "no such file";
    }
    if (isDir || (!tracked && statSync(absolute).isDirectory())) return null;
  }
  if (anchor === null || anchor === "" || !path.toLowerCase().endsWith(".md")) return null;
  return anchorsIn(path).has(anchor.toLowerCase()) ? null : `no heading with anchor #${anchor} in ${path}`;
}

const broken = [];
let checked = 0;
for (const file of markdownFiles) {
  for (const { line, target } of linksOf(readFileSync(join(root, file), "utf8"))) {
    checked += 1;
    const problem = problemWith(file, target);
    if (problem) broken.push(`${file}:${line}: ${target}: ${problem}`);
  }
}

if (broken.length > 0) {
  console.error(`Broken links in Markdown (${broken.length}):`);
  for (const entry of broken) console.error(`  ${entry}`);
  process.exit(1);
}
console.log(`Markdown links: ${checked} checked in ${markdownFiles.length} files, all resolve.`);
