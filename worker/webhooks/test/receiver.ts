// The real HTTP receiver the suite's global setup started (e2e/webhook-receiver.ts), seen from workerd.
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    webhookReceiverPort: number;
  }
}

export interface ReceivedRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** `mode`: ok (204), fail (500), redirect (302), big (1 MiB), slow (12 s). */
export function receiverUrl(mode: "ok" | "fail" | "redirect" | "big" | "slow", name: string): string {
  return `http://127.0.0.1:${inject("webhookReceiverPort")}/${mode}/${name}`;
}

export async function receivedBy(name: string): Promise<ReceivedRequest[]> {
  const res = await fetch(`http://127.0.0.1:${inject("webhookReceiverPort")}/received/${name}`);
  return res.json<ReceivedRequest[]>();
}
