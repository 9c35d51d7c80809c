// Holds a real answer of the Worker to the OpenAPI document (protocol/openapi.ts): its status must be one the
// document lists for that operation, its media type the one documented, and its body valid against the
// documented schema (JSON Schema 2020-12, checked by @cfworker/json-schema, which runs in workerd).
import { type Schema, Validator } from "@cfworker/json-schema";
import type { ApiRoute } from "../../../protocol/routes";

interface MediaType {
  schema: Schema;
}
interface ResponseEntry {
  content?: Record<string, MediaType>;
}
interface Operation {
  responses: Record<string, ResponseEntry>;
}
export interface OpenApiShape {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export interface Answer {
  status: number;
  contentType: string | null;
  text: string;
}

export class AnswerContract {
  private readonly validators = new Map<string, Validator>();

  constructor(private readonly document: OpenApiShape) {}

  /** What is wrong with the answer, in words; empty when it matches the document. */
  problems(route: Pick<ApiRoute, "method" | "path">, answer: Answer): string[] {
    const path = route.path.replace(/:(\w+)/g, "{$1}");
    const operation = this.document.paths[path]?.[route.method.toLowerCase()];
    const label = `${route.method} ${route.path} answered ${answer.status}`;
    if (!operation) return [`${route.method} ${route.path} is not in the document`];
    const documented = operation.responses[String(answer.status)];
    if (!documented) return [`${label}, a status the document does not list (${answer.text.slice(0, 200)})`];
    if (!documented.content) return answer.text === "" ? [] : [`${label} with a body the document does not have`];
    // The answer's own media type when the document lists several (the audit export: CSV or NDJSON).
    const listed = Object.entries(documented.content);
    const [mediaType, media] = listed.find(([type]) => answer.contentType?.startsWith(type)) ?? listed[0] ?? [];
    if (!mediaType || !media) return [`${label}: the document names no media type`];
    if (!answer.contentType?.startsWith(mediaType)) return [`${label} as ${answer.contentType}, not ${mediaType}`];
    const body = mediaType === "application/json" ? parseJson(answer.text) : answer.text;
    const result = this.validator(`${path} ${route.method} ${answer.status}`, media.schema).validate(body);
    if (result.valid) return [];
    const errors = result.errors.map((error) => `${error.instanceLocation}: ${error.error}`).slice(0, 5);
    return [`${label}, a body the document does not allow: ${errors.join("; ")} (${answer.text.slice(0, 300)})`];
  }

  private validator(key: string, schema: Schema): Validator {
    let validator = this.validators.get(key);
    if (!validator) {
      // The schema's $refs point into the document's components: give it them as its own.
      validator = new Validator({ ...schema, components: this.document.components } as Schema, "2020-12", false);
      this.validators.set(key, validator);
    }
    return validator;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { notJson: text.slice(0, 100) };
  }
}

/** The parts of a Response the contract reads (its body read once, as text). */
export async function answerOf(res: Response): Promise<Answer> {
  return { status: res.status, contentType: res.headers.get("Content-Type"), text: await res.text() };
}
