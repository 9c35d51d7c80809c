// Request bodies and queries of the secret request routes (PROTOCOL 9), shared by the Worker, which enforces
// them, and the web and CLI clients, which build requests from the same types.
import * as z from "zod";
import {
  CONTROL_CHARACTERS,
  DEFAULT_EXPIRES_IN,
  MAX_EXPIRES_IN,
  MAX_NAME_LENGTH,
  MAX_REQUEST_NOTE_LENGTH,
  MAX_REQUEST_RESPONSES,
  MIN_EXPIRES_IN,
} from "./limits";
import { REQUEST_PUBLIC_KEY_BYTES } from "./request-crypto";
import { base64url, ciphertextSchema, cursorSchema, labelSchema } from "./schemas";

/** A note may run over several lines (tabs and line breaks pass); other control characters are refused. */
const noteSchema = z
  .string()
  .refine((text) => !CONTROL_CHARACTERS.test(text.replace(/[\n\t]/g, "")), "must not contain control characters")
  .trim()
  .max(MAX_REQUEST_NOTE_LENGTH);

export const createRequestSchema = z.object({
  name: labelSchema(MAX_NAME_LENGTH).pipe(z.string().min(1, "must not be empty")),
  note: noteSchema.optional(),
  /** The raw P-256 public key (an uncompressed point); the route checks that it is on the curve. */
  publicKey: base64url(REQUEST_PUBLIC_KEY_BYTES),
  /** How long the request stays open; each response is then kept as long again, from its arrival. */
  expiresIn: z.number().int().min(MIN_EXPIRES_IN).max(MAX_EXPIRES_IN).default(DEFAULT_EXPIRES_IN),
  maxResponses: z.number().int().min(1).max(MAX_REQUEST_RESPONSES).default(1),
  notifyOnResponse: z.boolean().default(false),
});
export type CreateRequestBody = z.output<typeof createRequestSchema>;
export type CreateRequestInput = z.input<typeof createRequestSchema>;

export const respondSchema = z.object({
  /** The responder's fresh public key (raw P-256 point) that the ECDH of section 9 ran with. */
  ephemeralKey: base64url(REQUEST_PUBLIC_KEY_BYTES),
  ciphertext: ciphertextSchema,
  verifier: base64url(32),
});
export type RespondBody = z.input<typeof respondSchema>;

export const listRequestsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorSchema("WzE3NjcyMjU2MDAwMDAsIkFBQUFBQUFBQUFBQUFBQUFBQUFBQUEiXQ"),
});
