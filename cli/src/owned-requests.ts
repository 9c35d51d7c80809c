// The caller's requests with their responses (GET /api/requests, every page), newest first.
import type { OwnedRequest, RequestPage } from "../../protocol/api";
import { callApi } from "./api-client";

const PAGE_SIZE = 100;

export async function ownedRequests(origin: string, token: string): Promise<OwnedRequest[]> {
  const items: OwnedRequest[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ limit: String(PAGE_SIZE), ...(cursor && { cursor }) });
    const page: RequestPage = await callApi<RequestPage>(origin, `/api/requests?${query}`, { token });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}
