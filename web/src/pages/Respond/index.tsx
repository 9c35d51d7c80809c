// The responder's page, /r/{id}: no account. It shows who asks and why, and encrypts what is typed here to
// the request's public key (PROTOCOL 9). The link's fragment, when it has one, pins that key: a key from the
// server that does not match it is refused. A link without it still works, with the server's key.
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import type { RequestPeek } from "../../../../protocol/api";
import { publicKeyCheck, sealResponse } from "../../../../protocol/request-crypto";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { getAppConfig, getRequestPeek, respondToRequest } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { SecretTextField } from "../Create/SecretTextField";
import { isolated } from "../Create/wording";
import "../Requests/style.css";

type Loaded = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "ready"; peek: RequestPeek };

async function loadRequest(id: string): Promise<Loaded> {
  let peek: RequestPeek;
  try {
    peek = await getRequestPeek(id);
  } catch (caught) {
    return { kind: "failed", message: errorMessage(caught) };
  }
  const check = location.hash.slice(1);
  if (check && (await publicKeyCheck(peek.publicKey)) !== check) {
    return { kind: "failed", message: t("create.respond.keyMismatch") };
  }
  return { kind: "ready", peek };
}

export default function RespondPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);

  useEffect(() => {
    loadRequest(id).then(setLoaded);
  }, [id]);
  // The same limit as a secret's (a response is one), checked here as the create form checks it; unknown,
  // the server still refuses too large an answer with its own message.
  const [maxBytes, setMaxBytes] = useState<number | null>(null);
  useEffect(() => {
    getAppConfig().then(
      (config) => setMaxBytes(config.maxSecretBytes),
      () => setMaxBytes(null),
    );
  }, []);

  async function send(event: Event) {
    event.preventDefault();
    if (loaded.kind !== "ready") return;
    setBusy(true);
    setError(null);
    try {
      const sealed = await sealResponse({ text, publicKey: loaded.peek.publicKey });
      await respondToRequest(id, {
        ephemeralKey: sealed.ephemeralKey,
        ciphertext: sealed.ciphertext,
        verifier: sealed.verifier,
      });
      setText("");
      setSent(true);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="page">
      <div class="card respond-card">{body()}</div>
    </main>
  );

  function body() {
    if (loaded.kind === "loading") return <p class="hint">{t("create.respond.loading")}</p>;
    if (loaded.kind === "failed") return <Notice tone="error">{loaded.message}</Notice>;
    const { peek } = loaded;
    const from = isolated(peek.from);
    const asker = peek.fromVerified ? from : t("create.respond.unverified", { email: from });
    if (sent) {
      return (
        <>
          <h1>{t("create.respond.sent")}</h1>
          <Notice tone="success">{t("create.respond.sentNote", { asker })}</Notice>
        </>
      );
    }
    return (
      <>
        <p class="hint">{t("create.respond.asks", { asker })}</p>
        <h1>{peek.name}</h1>
        {peek.note && <p class="request-note">{peek.note}</p>}
        {peek.status !== "open" ? (
          <Notice tone="warning">{t(`create.respond.${peek.status}`)}</Notice>
        ) : (
          <form onSubmit={send}>
            {error && <Notice tone="error">{error}</Notice>}
            <SecretTextField value={text} onInput={setText} maxBytes={maxBytes} label={t("create.respond.label")} />
            <p class="hint">{t("create.respond.hint")}</p>
            <button type="submit" disabled={busy || text.length === 0}>
              {t(busy ? "create.respond.sending" : "create.respond.submit")}
            </button>
          </form>
        )}
      </>
    );
  }
}
