// The answers of secret requests (PROTOCOL 9), re-exported by response-schemas.ts.
import * as z from "zod";
import { REQUEST_STATUSES, SECRET_STATUSES } from "./enums";
import { count, cursor, id, time } from "./schema-atoms";

/** Secret requests (PROTOCOL 9). One response: a one-time secret of the requester's, with who sent it. */
export const requestResponseSchema = z.object({
  /** The response's secret: opened once with POST /api/secrets/:id/reveal and the proof of section 9. */
  id,
  status: z.enum(SECRET_STATUSES),
  createdAt: time,
  expiresAt: time,
  viewedAt: time.nullable(),
  /** The responder's public key, which the requester's ECDH needs to derive the response's link key. */
  ephemeralKey: z.string(),
  /** The responder: their email when signed in (null: anonymous), address and device as the server saw them. */
  responder: z.object({
    email: z.string().nullable(),
    ip: z.string().nullable(),
    city: z.string().nullable(),
    country: z.string().nullable(),
    device: z.string().nullable(),
  }),
});

export const secretRequestSchema = z.object({
  id,
  name: z.string(),
  note: z.string().nullable(),
  status: z.enum(REQUEST_STATUSES),
  /** The link to send a responder, without its fragment (the fragment is the key check of section 9). */
  url: z.string(),
  publicKey: z.string(),
  createdAt: time,
  expiresAt: time,
  maxResponses: z.number().int().min(1),
  responseCount: count,
  notifyOnResponse: z.boolean(),
  closedAt: time.nullable(),
});

/** A request in its requester's list, with every response it took, newest first. */
export const ownedRequestSchema = secretRequestSchema.extend({ responses: z.array(requestResponseSchema) });
export const requestResultSchema = z.object({ request: secretRequestSchema });
/** POST /api/slack/requests/finish: a request started in Slack, and whether its link went into the channel. */
export const slackRequestFinishedSchema = requestResultSchema.extend({ postedToSlack: z.boolean() });
export const requestPageSchema = z.object({ items: z.array(ownedRequestSchema), nextCursor: cursor });

/** GET /api/requests/:id, for a responder: who asks and why, the key to encrypt to; never any response. */
export const requestPeekSchema = z.object({
  id,
  name: z.string(),
  note: z.string().nullable(),
  status: z.enum(REQUEST_STATUSES),
  /** The requester's account email, and whether its owner proved it (an unproven one may be anyone's claim). */
  from: z.string(),
  fromVerified: z.boolean(),
  publicKey: z.string(),
  expiresAt: time,
});

/** POST /api/requests/:id/responses: the responder learns only that it was stored. */
export const responseStoredSchema = z.object({ id, createdAt: time });
