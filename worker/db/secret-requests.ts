// Queries on secret requests and their responses (PROTOCOL 9). A response is a row of `secrets` (its vault's
// metadata, owned by the requester) plus a row of `request_responses` (who sent it, the ephemeral key).
import { and, desc, eq, gt, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "./client";
import { insertRowWhere } from "./insert-where";
import {
  type RequestResponseRow,
  requestResponses,
  type SecretRequestRow,
  type SecretRow,
  secretRequests,
  secrets,
  users,
} from "./schema";

export function insertRequest(db: Database, row: SecretRequestRow) {
  return db.insert(secretRequests).values(row);
}

/** Object-level authorization lives in the query: another account's request is not found. */
export function findOwnedRequest(db: Database, id: string, ownerId: string) {
  return db.query.secretRequests.findFirst({
    where: and(eq(secretRequests.id, id), eq(secretRequests.ownerId, ownerId)),
  });
}

/** A request with its requester's address, for the responder's page. */
export async function findRequestWithOwner(db: Database, id: string) {
  const [row] = await db
    .select({ request: secretRequests, email: users.email, verifiedAt: users.emailVerifiedAt })
    .from(secretRequests)
    .innerJoin(users, eq(users.id, secretRequests.ownerId))
    .where(eq(secretRequests.id, id))
    .limit(1);
  return row;
}

export async function listOwnedRequests(
  db: Database,
  ownerId: string,
  options: { limit: number; after?: { createdAt: number; id: string } },
): Promise<SecretRequestRow[]> {
  const { after } = options;
  const afterCursor = after
    ? or(
        lt(secretRequests.createdAt, new Date(after.createdAt)),
        and(eq(secretRequests.createdAt, new Date(after.createdAt)), lt(secretRequests.id, after.id)),
      )
    : undefined;
  return db
    .select()
    .from(secretRequests)
    .where(and(eq(secretRequests.ownerId, ownerId), afterCursor))
    .orderBy(desc(secretRequests.createdAt), desc(secretRequests.id))
    .limit(options.limit);
}

export type ResponseWithSecret = RequestResponseRow & Pick<SecretRow, "status" | "expiresAt" | "viewedAt">;

/** Every response of these requests, newest first, with its secret's status as D1 knows it. */
export async function responsesOf(db: Database, requestIds: string[]): Promise<Map<string, ResponseWithSecret[]>> {
  const byRequest = new Map<string, ResponseWithSecret[]>();
  if (requestIds.length === 0) return byRequest;
  const rows = await db
    .select({
      response: requestResponses,
      status: secrets.status,
      expiresAt: secrets.expiresAt,
      viewedAt: secrets.viewedAt,
    })
    .from(requestResponses)
    .innerJoin(secrets, eq(secrets.id, requestResponses.secretId))
    .where(inArray(requestResponses.requestId, requestIds))
    .orderBy(desc(requestResponses.createdAt));
  for (const { response, ...secret } of rows) {
    const list = byRequest.get(response.requestId) ?? [];
    list.push({ ...response, ...secret });
    byRequest.set(response.requestId, list);
  }
  return byRequest;
}

/** The request takes a response now: open, not past its time, not yet full. */
function takesResponse(requestId: string, now: Date): SQL {
  return sql`exists (select 1 from ${secretRequests} where ${and(
    eq(secretRequests.id, requestId),
    eq(secretRequests.status, "open"),
    gt(secretRequests.expiresAt, now),
    sql`${secretRequests.responseCount} < ${secretRequests.maxResponses}`,
  )})`;
}

export function responseLanded(secretId: string): SQL {
  return sql`exists (select 1 from ${secrets} where ${eq(secrets.id, secretId)})`;
}

/**
 * The statements that store one response, for one D1 batch: the secret's row only if the request takes it,
 * then the rest only if that row landed. D1 runs a batch alone, so of responders racing for the last place
 * exactly one gets it.
 */
export function storeResponse(db: Database, secret: SecretRow, response: RequestResponseRow) {
  const requestId = response.requestId;
  const landed = responseLanded(secret.id);
  return [
    insertRowWhere(db, secrets, secret, takesResponse(requestId, secret.createdAt)),
    insertRowWhere(db, requestResponses, response, landed),
    db
      .update(secretRequests)
      .set({ responseCount: sql`${secretRequests.responseCount} + 1` })
      .where(and(eq(secretRequests.id, requestId), landed)),
  ] as const;
}

/** Undoes a stored response whose vault could not take the ciphertext: the place is free again. */
export function unstoreResponse(db: Database, secretId: string, requestId: string) {
  return [
    db
      .update(secretRequests)
      .set({ responseCount: sql`max(${secretRequests.responseCount} - 1, 0)` })
      .where(and(eq(secretRequests.id, requestId), responseLanded(secretId))),
    db.delete(requestResponses).where(eq(requestResponses.secretId, secretId)),
    db.delete(secrets).where(eq(secrets.id, secretId)),
  ] as const;
}

/** Closes an open, unexpired request of this owner; answers the closed row, or nothing when it was not open. */
export function closeOwnedRequest(db: Database, id: string, ownerId: string, now: Date) {
  return db
    .update(secretRequests)
    .set({ status: "closed", closedAt: now })
    .where(
      and(
        eq(secretRequests.id, id),
        eq(secretRequests.ownerId, ownerId),
        eq(secretRequests.status, "open"),
        gt(secretRequests.expiresAt, now),
      ),
    )
    .returning();
}
