// "Secret Requests": the caller's requests with who answered each, and the answers opened once with the key
// this browser holds. Opened at /requests/{id}#{privateKey} (an inbox link), it first keeps that key here.
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { OwnedRequest } from "../../../../protocol/api";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { closeRequest, getRequestPeek, listRequests } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { keepRequestKey, requestIdsWithKeys } from "../../lib/request-keys";
import { useConfirmedAction } from "../../lib/use-confirmed-action";
import { RequestCard } from "./RequestCard";
import "./style.css";

/** An inbox link's key goes into this browser's store, and out of the address bar and history at once. */
async function importInboxKey(requestId: string): Promise<string | null> {
  const privateKey = location.hash.slice(1);
  history.replaceState(null, "", "/requests");
  if (!privateKey) return null;
  const { publicKey } = await getRequestPeek(requestId);
  await keepRequestKey(requestId, privateKey, publicKey);
  return t("secrets.requests.keyKept");
}

export default function RequestsPage() {
  const { path } = useLocation();
  const [items, setItems] = useState<OwnedRequest[] | null>(null);
  const [keys, setKeys] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const close = useConfirmedAction(async (request: OwnedRequest) => {
    const { request: closed } = await closeRequest(request.id);
    setItems((current) => current?.map((item) => (item.id === closed.id ? { ...item, ...closed } : item)) ?? null);
  });

  useEffect(() => {
    const inboxId = /^\/requests\/([A-Za-z0-9_-]{22})$/.exec(path)?.[1];
    (async () => {
      try {
        if (inboxId) setNotice(await importInboxKey(inboxId));
      } catch {
        setError(t("secrets.requests.wrongKey"));
      }
      try {
        const [page, held] = await Promise.all([listRequests(), requestIdsWithKeys()]);
        setItems(page.items);
        setKeys(held);
      } catch (caught) {
        setError(errorMessage(caught));
      }
    })();
  }, [path]);

  return (
    <>
      <div class="requests-title">
        <h1>{t("common.page.requests")}</h1>
        <a class="button" href="/requests/new">
          {t("common.page.newRequest")}
        </a>
      </div>
      <p class="lead">{t("secrets.requests.lead")}</p>
      {notice && <Notice tone="success">{notice}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      {items === null && !error && <p class="hint">{t("secrets.requests.loading")}</p>}
      {items?.length === 0 && <p class="hint">{t("secrets.requests.empty")}</p>}
      <div class="request-list">
        {items?.map((request) => (
          <RequestCard key={request.id} request={request} hasKey={keys.has(request.id)} onClose={close.ask} />
        ))}
      </div>
      <ConfirmDialog
        open={close.target !== null}
        title={t("secrets.requests.closeTitle")}
        message={t("secrets.requests.closeMessage")}
        confirmLabel={t("secrets.requests.close")}
        busy={close.busy}
        error={close.error}
        onConfirm={close.confirm}
        onCancel={close.cancel}
      />
    </>
  );
}
