// The catalogs' message syntax, a subset of ICU MessageFormat: `{name}` inserts an argument, and
// `{count, plural, =0 {none} one {# view} other {# views}}` and `{kind, select, file {…} other {…}}` choose
// a branch (plural by Intl.PluralRules of the language; `#` is the number, formatted for it). Small on
// purpose: the recipient page ships it, and every catalog is checked against it (scripts/test/i18n-catalogs).

export type MessageArgs = Readonly<Record<string, string | number>>;

type Part =
  | string
  | { kind: "arg"; name: string }
  | { kind: "plural" | "select"; name: string; branches: Record<string, Part[]> };

const cache = new Map<string, Part[]>();

function parse(pattern: string, start: number, nested: boolean): [Part[], number] {
  const parts: Part[] = [];
  let text = "";
  let i = start;
  while (i < pattern.length) {
    const char = pattern[i];
    if (char === "}" && nested) break;
    if (char === "'" && pattern[i + 1] === "'") {
      text += "'";
      i += 2;
    } else if (char === "'" && (pattern[i + 1] === "{" || pattern[i + 1] === "}")) {
      // ICU quoting: '{' is a literal brace.
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw new SyntaxError(`unclosed quote in "${pattern}"`);
      text += pattern.slice(i + 1, end);
      i = end + 1;
    } else if (char === "{") {
      if (text) parts.push(text);
      text = "";
      const [part, next] = parseArgument(pattern, i + 1);
      parts.push(part);
      i = next;
    } else {
      text += char;
      i += 1;
    }
  }
  if (text) parts.push(text);
  return [parts, i];
}

function parseArgument(pattern: string, start: number): [Part, number] {
  const close = /^\s*([A-Za-z_][\w]*)\s*(?:,\s*(plural|select)\s*,)?\s*(\})?/.exec(pattern.slice(start));
  if (!close) throw new SyntaxError(`bad argument at ${start} in "${pattern}"`);
  const name = close[1] ?? "";
  let i = start + close[0].length;
  if (close[3]) return [{ kind: "arg", name }, i];
  const kind = close[2] as "plural" | "select" | undefined;
  if (!kind) throw new SyntaxError(`bad argument "${name}" in "${pattern}"`);
  const branches: Record<string, Part[]> = {};
  for (;;) {
    const selector = /^\s*(=\d+|[A-Za-z_]\w*)\s*\{/.exec(pattern.slice(i));
    if (!selector) break;
    const [body, end] = parse(pattern, i + selector[0].length, true);
    if (pattern[end] !== "}") throw new SyntaxError(`unclosed branch in "${pattern}"`);
    branches[selector[1] ?? ""] = body;
    i = end + 1;
  }
  const tail = /^\s*\}/.exec(pattern.slice(i));
  if (!tail || !branches.other) throw new SyntaxError(`"${name}" needs an "other" branch and a "}" in "${pattern}"`);
  return [{ kind, name, branches }, i + tail[0].length];
}

/** The parsed form of a pattern (cached); throws SyntaxError on a malformed one. */
export function parseMessage(pattern: string): Part[] {
  let parts = cache.get(pattern);
  if (!parts) {
    const [parsed, end] = parse(pattern, 0, false);
    if (end !== pattern.length) throw new SyntaxError(`unbalanced "}" in "${pattern}"`);
    parts = parsed;
    cache.set(pattern, parts);
  }
  return parts;
}

/** The names of the arguments a pattern uses, sorted: every translation of a message must use the same. */
export function messageArguments(pattern: string): string[] {
  const names = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (typeof part === "string") continue;
      names.add(part.name);
      if (part.kind !== "arg") for (const branch of Object.values(part.branches)) walk(branch);
    }
  };
  walk(parseMessage(pattern));
  return [...names].sort();
}

function render(parts: Part[], locale: string, args: MessageArgs, count: number | undefined): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") {
      out += count === undefined ? part : part.replace(/#/g, new Intl.NumberFormat(locale).format(count));
    } else if (part.kind === "arg") {
      const value = args[part.name];
      out += typeof value === "number" ? new Intl.NumberFormat(locale).format(value) : (value ?? `{${part.name}}`);
    } else if (part.kind === "plural") {
      const value = Number(args[part.name] ?? 0);
      const branch =
        part.branches[`=${value}`] ?? part.branches[new Intl.PluralRules(locale).select(value)] ?? part.branches.other;
      out += render(branch ?? [], locale, args, value);
    } else {
      const branch = part.branches[String(args[part.name])] ?? part.branches.other;
      out += render(branch ?? [], locale, args, count);
    }
  }
  return out;
}

/** A message in `locale` with its arguments in place. */
export function formatMessage(pattern: string, locale: string, args: MessageArgs = {}): string {
  return render(parseMessage(pattern), locale, args, undefined);
}
