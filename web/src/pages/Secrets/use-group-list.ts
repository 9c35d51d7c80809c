import { useEffect, useRef, useState } from "preact/hooks";
import type { SecretGroup, SecretGroupPage } from "../../../../protocol/api";
import { ApiError, errorMessage } from "../../lib/api";
import { listSecretGroups } from "../../lib/api-routes";
import { forgetLinks, forgetLinksNotIn, storedLinks } from "../../lib/link-keys";
import { useSession } from "../../lib/use-session";

const PAGE_SIZE = 10;
/** The API's largest page of groups. */
const MAX_LIMIT = 50;

export interface GroupList {
  groups: SecretGroup[];
  /** Full links with their keys, by secret id, for the links this browser created. */
  links: Record<string, string>;
  nextCursor: string | null;
  loaded: boolean;
  error: string | null;
  loadMore: () => void;
  /** A group just created here: shown at the top at once. */
  add: (group: SecretGroup) => void;
  /** After "Burn all" answered 204: every link still active is burned. */
  markBurned: (groupId: string) => void;
  /** The live feed said something changed: read again, or once the read under way ends. */
  changed: () => void;
}

/**
 * The owner's secret groups (GET /api/secret-groups), newest first, each with every link's receipt.
 * Read again only when the live feed says something changed, like the secret list (use-secret-list.ts).
 */
export function useGroupList(): GroupList {
  const { setUser } = useSession();
  const [groups, setGroups] = useState<SecretGroup[]>([]);
  const [links, setLinks] = useState<Record<string, string>>(storedLinks);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // As in use-secret-list.ts: a stale answer is dropped, and a change announced mid-read reads once more.
  const latest = useRef(0);
  const inFlight = useRef(false);
  const staleAgain = useRef(false);
  const shown = useRef(groups);
  shown.current = groups;

  function settle(next: SecretGroup[], cursor: string | null, listedAt: number) {
    setGroups(next);
    setNextCursor(cursor);
    setLoaded(true);
    setError(null);
    const all = next.flatMap((group) => group.links);
    forgetLinks(all.filter((link) => link.status !== "active").map((link) => link.id));
    if (cursor === null) {
      const active = new Set(all.filter((link) => link.status === "active").map((link) => link.id));
      forgetLinksNotIn(active, listedAt, new Set(next.map((group) => group.id)));
    }
    setLinks(storedLinks());
  }

  async function read(from: string | null, wanted: number, before: SecretGroup[]) {
    const ticket = ++latest.current;
    inFlight.current = true;
    const listedAt = Date.now();
    try {
      const fresh = [...before];
      let cursor = from;
      do {
        const query = new URLSearchParams({ limit: String(Math.min(MAX_LIMIT, wanted - fresh.length)) });
        if (cursor) query.set("cursor", cursor);
        const page: SecretGroupPage = await listSecretGroups(query);
        fresh.push(...page.items.filter((group) => !fresh.some((known) => known.id === group.id)));
        cursor = page.nextCursor;
      } while (cursor && fresh.length < wanted);
      if (ticket === latest.current) settle(fresh, cursor, listedAt);
    } catch (caught) {
      if (ticket !== latest.current) return;
      // The session ended: SignedInOnly sends the user to sign in.
      if (caught instanceof ApiError && caught.status === 401) setUser(null);
      else setError(errorMessage(caught));
    } finally {
      if (ticket === latest.current) {
        inFlight.current = false;
        if (staleAgain.current) {
          staleAgain.current = false;
          reload();
        }
      }
    }
  }

  const reload = () => read(null, Math.max(PAGE_SIZE, shown.current.length), []);

  useEffect(() => {
    reload();
  }, []);

  return {
    groups,
    links,
    nextCursor,
    loaded,
    error,
    loadMore: () => nextCursor && read(nextCursor, shown.current.length + PAGE_SIZE, shown.current),
    add: (group) => {
      setGroups((current) => [group, ...current.filter((known) => known.id !== group.id)]);
      setLinks(storedLinks());
    },
    markBurned: (groupId) => {
      setGroups((current) =>
        current.map((group) =>
          group.id !== groupId
            ? group
            : {
                ...group,
                links: group.links.map((link) => (link.status === "active" ? { ...link, status: "burned" } : link)),
              },
        ),
      );
      changed();
    },
    changed,
  };

  function changed() {
    if (inFlight.current) staleAgain.current = true;
    else reload();
  }
}
