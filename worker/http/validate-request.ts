// Request bodies are counted while they stream in and refused past the limit, before any parsing.
import { zValidator } from "@hono/zod-validator";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import { ApiError, invalidInput } from "./errors";

export function limitBody(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, "too_large", `The request body is larger than ${maxBytes} bytes.`);
    },
  });
}

/** Maps zod issues to one sentence that names the field, for 400 invalid_input. */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/** zValidator whose failures become 400 invalid_input naming the field. */
export function valid<Target extends "json" | "query", Schema extends z.ZodType>(target: Target, schema: Schema) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw invalidInput(describeIssues(result.error.issues));
  });
}
