import { useEffect, useRef, useState } from "preact/hooks";
import type { AuditEvent } from "../../../../protocol/api";
import { ApiError, errorMessage } from "../../lib/api";
import { getAuditPage } from "../../lib/api-routes";
import { useSession } from "../../lib/use-session";

const PAGE_SIZE = 50;

/**
 * One filtered view of the audit log, newest first, a page at a time. `search` holds the filters; a new
 * one starts again from the top, while the rows on screen stay until the new ones arrive.
 */
export function useAuditLog(search: string) {
  const { setUser } = useSession();
  const [items, setItems] = useState<AuditEvent[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // An answer to anything but the latest request is dropped: a slow page can't undo a filter change.
  const latest = useRef(0);

  function fetchPage(cursor: string | null) {
    const query = new URLSearchParams(search);
    query.set("limit", String(PAGE_SIZE));
    if (cursor) query.set("cursor", cursor);
    return getAuditPage(query);
  }

  function failed(caught: unknown) {
    // The session ended: SignedInOnly sends the user to sign in.
    if (caught instanceof ApiError && caught.status === 401) setUser(null);
    else setError(errorMessage(caught));
  }

  async function reload() {
    const ticket = ++latest.current;
    setLoading(true);
    // The old cursor belongs to the old filters.
    setNextCursor(null);
    try {
      const page = await fetchPage(null);
      if (ticket !== latest.current) return;
      setItems(page.items);
      setNextCursor(page.nextCursor);
      setError(null);
      setLoaded(true);
    } catch (caught) {
      if (ticket === latest.current) failed(caught);
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }

  async function loadMore() {
    if (!nextCursor || loading) return;
    const ticket = ++latest.current;
    setLoadingMore(true);
    try {
      const page = await fetchPage(nextCursor);
      if (ticket !== latest.current) return;
      setItems((current) => [...current, ...page.items]);
      setNextCursor(page.nextCursor);
      setError(null);
    } catch (caught) {
      if (ticket === latest.current) failed(caught);
    } finally {
      setLoadingMore(false);
    }
  }

  useEffect(() => {
    reload();
  }, [search]);

  return { items, nextCursor, loaded, loading, loadingMore, error, loadMore, refresh: reload };
}
