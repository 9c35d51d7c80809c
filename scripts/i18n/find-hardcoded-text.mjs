// Finds UI text outside the catalogs: JSX text with a letter in it, a string literal with a letter as a
// JSX child or as a text attribute (aria-label, title, placeholder, alt, label), and in the recipient
// page's plain DOM code the same for h()'s children and text props and fill()'s text. Every such string
// must come from t() (web/src/lib/i18n.ts, web/src/recipient/i18n.ts) instead.
// `node scripts/i18n/find-hardcoded-text.mjs [file or folder ...]` prints each as file:line: text.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../..", import.meta.url));
const TEXT_ATTRIBUTES = new Set([
  "aria-label",
  "title",
  "placeholder",
  "alt",
  "label",
  "aria-description",
  "aria-roledescription",
]);
/** Not words of any language: the product's name. */
const ALLOWED = new Set(["Oncelink"]);
const hasWord = (text) => /\p{L}/u.test(text) && !ALLOWED.has(text.trim());

function sources(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.isDirectory()) return entry.name === "test" ? [] : sources(child);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [child] : [];
  });
}

const literalText = (node) =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
    ? node.text
    : ts.isTemplateExpression(node)
      ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ")
      : undefined;

/** The hard-coded texts of one file, as { line, text }. */
export function hardcodedTexts(file) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found = [];
  const report = (node, text) =>
    found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  const visit = (node) => {
    if (ts.isJsxText(node) && hasWord(node.text)) report(node, node.text);
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const text = literalText(node.expression);
      if (text !== undefined && hasWord(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = value && literalText(value);
      if (text !== undefined && hasWord(text)) report(node, text);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text;
      const texts = name === "h" ? node.arguments.slice(2) : name === "fill" ? node.arguments.slice(1) : [];
      for (const argument of texts) {
        const text = literalText(argument);
        if (text !== undefined && hasWord(text)) report(argument, text);
      }
      const props = name === "h" ? node.arguments[1] : undefined;
      if (props && ts.isObjectLiteralExpression(props)) {
        for (const property of props.properties) {
          if (!ts.isPropertyAssignment(property)) continue;
          const key = property.name.getText().replace(/^["']|["']$/g, "");
          const text = literalText(property.initializer);
          if ((TEXT_ATTRIBUTES.has(key) || key === "textContent") && text !== undefined && hasWord(text))
            report(property, text);
        }
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const target = node.left.getText();
      const text = literalText(node.right);
      if (/\.(textContent|title|placeholder|ariaLabel)$/.test(target) && text !== undefined && hasWord(text))
        report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function findHardcodedText(paths) {
  return paths.flatMap((path) =>
    sources(join(root, path)).flatMap((file) =>
      hardcodedTexts(file).map((hit) => ({ file: relative(root, file), ...hit })),
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const hits = findHardcodedText(process.argv.length > 2 ? process.argv.slice(2) : ["web/src"]);
  for (const hit of hits) console.log(`${hit.file}:${hit.line}: ${hit.text.replace(/\s+/g, " ")}`);
  console.log(`${hits.length} hard-coded text${hits.length === 1 ? "" : "s"}`);
  process.exitCode = hits.length ? 1 : 0;
}
