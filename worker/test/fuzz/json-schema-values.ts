// fast-check arbitraries read from a request schema's JSON Schema (zod 4's z.toJSONSchema, the form an OpenAPI
// document carries): values that pass, so requests reach the code behind validation, and values that must
// not pass or sit on an edge, field by field. Only the schema is read: a new field is fuzzed without new code.
import fc from "fast-check";
import * as z from "zod";
import { decodeBase64Url, encodeBase64Url } from "../../../protocol/base64url";

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  examples?: unknown[];
  default?: unknown;
}

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  // "input": what a client sends (before defaults and transforms); refinements are not representable, so
  // fields with one carry `examples` in the schema that pass them.
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** The branches of a union body (POST /api/secrets' two modes), or the schema itself. */
export const branchesOf = (schema: JsonSchema): JsonSchema[] => schema.anyOf ?? [schema];

const BIG = 2 ** 53;

/** A value the schema accepts (up to refinements the JSON Schema cannot say, for fields without examples). */
export function validValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const generated = generatedValue(schema);
  if (!schema.examples?.length) return generated;
  return fc.oneof(fc.constantFrom(...schema.examples), generated);
}

function generatedValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(validValue));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case "string":
      return validString(schema);
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1000, max: Math.min(schema.maximum ?? 1000, 2 ** 31 - 1) });
    case "number":
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "object":
      return validObject(schema);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validString(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  if (schema.format === "email") {
    // Plain addresses pass, RFC 5322's stranger ones (which zod's stricter rule refuses) test the refusal.
    const plain = fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/), fc.constantFrom("example.com", "a.io"));
    return fc.oneof(
      plain.map(([local, domain]) => `${local}@${domain}`),
      fc.emailAddress({ size: "small" }),
    );
  }
  if (schema.format === "date-time") {
    return fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString());
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? 64;
  return fc.oneof(
    { arbitrary: fc.string({ minLength, maxLength: Math.max(minLength, Math.min(maxLength, 40)) }), weight: 4 },
    // Long values the schema still allows (a 1024-character password, a 200-character name).
    { arbitrary: fc.constant("x".repeat(maxLength)), weight: 1 },
  );
}

function validObject(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const arbitraries = Object.fromEntries(Object.entries(properties).map(([key, field]) => [key, validValue(field)]));
  return fc.record(arbitraries, { requiredKeys: schema.required ?? [] }) as fc.Arbitrary<Record<string, unknown>>;
}

/** Values of every awkward kind, for any field: the wrong types, JavaScript's traps, Unicode's. */
const anyHostile = fc.constantFrom<unknown>(
  null,
  true,
  0,
  -1,
  -0,
  1e308,
  -1e308,
  BIG + 1,
  0.5,
  "",
  " ",
  "\u0000",
  "\ud800",
  "\u202e",
  "💥".repeat(300),
  "x".repeat(100_000),
  "__proto__",
  "<script>alert(1)</script>",
  "'; DROP TABLE users; --",
  [],
  [null],
  {},
  { __proto__: null, constructor: { prototype: {} } },
  { $gt: "" },
  Array.from({ length: 50 }, () => []),
);

/** A value the schema must refuse, or that sits exactly on one of its edges. */
export function hostileValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: edgesOf(schema), weight: 2 }, { arbitrary: anyHostile, weight: 1 });
}

function edgesOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(edgesOf));
  const examples = (schema.examples ?? []).filter((e): e is string => typeof e === "string");
  switch (schema.type) {
    case "string": {
      const { minLength = 0, maxLength = 1000 } = schema;
      const edges: unknown[] = [
        "x".repeat(maxLength),
        "x".repeat(maxLength + 1),
        "é".repeat(maxLength + 1),
        " ".repeat(maxLength + 1),
        "x".repeat(Math.max(0, minLength - 1)),
        ...(schema.enum ?? []).flatMap((value) => [String(value).toUpperCase(), ` ${String(value)}`, `${value},`]),
        ...examples.flatMap((example) => [
          `${example}=`, // padding
          `${example.slice(0, -1)}B`, // the right length, but non-canonical or another value
          `${example.slice(0, -1)}+`, // outside the alphabet
          ` ${example} `,
          example.toUpperCase(),
          `${example}\r\nBcc: victim@example.com`,
          `${example}\u0000`,
        ]),
        ...examples.flatMap(encodedJsonVariants),
        12345,
        false,
        [examples[0] ?? "x"],
      ];
      return fc.oneof(fc.constantFrom(...edges), fc.string({ unit: "binary", maxLength: 30 }));
    }
    case "integer":
    case "number": {
      const { minimum = -BIG, maximum = BIG } = schema;
      return fc.constantFrom<unknown>(minimum, maximum, minimum - 1, maximum + 1, minimum + 0.5, String(minimum), 1e21);
    }
    case "boolean":
      return fc.constantFrom<unknown>("true", "false", 1, 0, "yes");
    case "object":
      return fc.constantFrom<unknown>("{}", [], 1, {
        ...Object.fromEntries(Object.keys(schema.properties ?? {}).map((k) => [k, null])),
      });
    default:
      return anyHostile;
  }
}

/** A query parameter's hostile spellings: a query carries strings only, so wrong types are wrong texts. */
export function hostileQueryValue(schema: JsonSchema): fc.Arbitrary<string> {
  const numeric = schema.type === "integer" || schema.type === "number";
  const edges = numeric
    ? [schema.minimum ?? 0, schema.maximum ?? 0].flatMap((n) => [String(n - 1), String(n + 1), `${n}.5`, `${n}e3`])
    : ["x".repeat((schema.maxLength ?? 1000) + 1), ...(schema.enum ?? []).map((v) => String(v).toUpperCase())];
  const examples = (schema.examples ?? []).filter((e): e is string => typeof e === "string");
  return fc.oneof(
    fc.constantFrom("", " ", "NaN", "Infinity", "-0", "0x10", "1e400", "null", "[]", "%00", "\u0000", "é", ...edges),
    ...examples.flatMap(encodedJsonVariants).map((variant) => fc.constant(variant)),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 20 }),
  );
}

/**
 * For an example that is base64url of JSON (an opaque cursor): the same shape with each value swapped for an
 * edge (dates no Date can hold, unsafe integers, wrong types), re-encoded, so the decoder's checks are met.
 */
function encodedJsonVariants(example: string): string[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(new TextDecoder().decode(decodeBase64Url(example)));
  } catch {
    return [];
  }
  if (!Array.isArray(decoded)) return [];
  const edges: unknown[] = [
    8.64e15 + 1,
    9_007_199_254_740_991,
    -9_007_199_254_740_991,
    -1,
    0,
    0.5,
    1e308,
    "",
    "x".repeat(150),
    null,
    [],
    {},
  ];
  const variants = decoded.flatMap((_, i) =>
    edges.map((edge) => decoded.map((v: unknown, j: number) => (i === j ? edge : v))),
  );
  const encode = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)));
  return [...variants.map(encode), encode([...decoded, 1]), encode(decoded.slice(0, 1)), encode({ 0: decoded[0] })];
}
