// The bench's view of the API: a signed-in owner, the headers each kind of request needs, and the
// client-encrypted bodies it creates secrets with (sealed by the same envelope code the browser runs).
import { envelopeUpload, sealSecret } from "../../protocol/envelope";

export interface Owner {
  id: string;
  /** Headers of a cookie-authenticated change: the session cookie and the app's own Origin. */
  headers: Record<string, string>;
}

export interface SealedBody {
  /** The JSON of POST /api/secrets. */
  body: string;
  /** What whoever opens it sends to POST /api/secrets/:id/reveal. */
  proof: string;
}

/** A password the policy accepts: long, not common, without the service name or the email in it. */
export const PASSWORD = "plum kettle orbit saxophone 42";

export async function signUp(origin: string, email: string): Promise<Owner> {
  const res = await fetch(`${origin}/api/auth/signup`, {
    method: "POST",
    // Sign-ups are limited per client IP too: each comes from an address of its own.
    headers: { "content-type": "application/json", origin, "cf-connecting-ip": distinctClientIp() },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 201) throw new Error(`signup answered ${res.status}: ${await res.text()}`);
  const { user } = (await res.json()) as { user: { id: string } };
  const cookie = res.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { id: user.id, headers: { cookie, origin, "content-type": "application/json" } };
}

/** Distinct bodies (and so distinct verifiers) to rotate through; the server cannot tell them apart. */
export async function sealBodies(count: number): Promise<SealedBody[]> {
  const bodies: SealedBody[] = [];
  for (let i = 0; i < count; i++) {
    const sealed = await sealSecret({ text: `bench secret ${i}: correct horse battery staple` });
    const body = JSON.stringify({
      ...envelopeUpload(sealed),
      expiresIn: 3600,
      maxViews: 1,
    });
    bodies.push({ body, proof: sealed.proof });
  }
  return bodies;
}

let lastAddress = 0;

/**
 * A fresh CF-Connecting-IP for each reveal. Reveals are limited to 60 a minute per client IP (the Rate
 * Limiting binding); `wrangler dev` passes this header through as it is, so each request is its own client
 * and the bench measures the reveal path, not the limiter. (Without the header wrangler sets 127.0.0.1.)
 */
export function distinctClientIp(): string {
  lastAddress += 1;
  return `10.${(lastAddress >> 16) & 255}.${(lastAddress >> 8) & 255}.${lastAddress & 255}`;
}

export function revealBody(proof: string): string {
  return JSON.stringify({ proof });
}
