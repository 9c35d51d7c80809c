// The responder's page, /r/{id}: no account. It shows who asks and why, and encrypts what is typed here to
// the request's public key (PROTOCOL 9). The link's fragment, when it has one, pins that key: a key from the
// server that does not match it is refused. A link without it still works, with the server's key.
import { useEffect, useState } from "preact/hooks";
import { useRoute } from "preact-iso";
import { REQUEST_MESSAGES, type RequestPeek } from "../../../../protocol/api";
import { publicKeyCheck, sealResponse } from "../../../../protocol/request-crypto";
import { Field } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { getRequestPeek, respondToRequest } from "../../lib/api-routes";
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
    return {
      kind: "failed",
      message: "This request's key does not match its link. Do not send anything; ask for a new link.",
    };
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
    if (loaded.kind === "loading") return <p class="hint">Loading…</p>;
    if (loaded.kind === "failed") return <Notice tone="error">{loaded.message}</Notice>;
    const { peek } = loaded;
    const asker = peek.fromVerified ? peek.from : `${peek.from} (address not verified)`;
    if (sent) {
      return (
        <>
          <h1>Sent</h1>
          <Notice tone="success">Only {asker} can open it, once. You can close this page.</Notice>
        </>
      );
    }
    return (
      <>
        <p class="hint">{asker} asks you for</p>
        <h1>{peek.name}</h1>
        {peek.note && <p class="request-note">{peek.note}</p>}
        {peek.status !== "open" ? (
          <Notice tone="warning">
            {peek.status === "expired" ? REQUEST_MESSAGES.expired : REQUEST_MESSAGES[peek.status]}
          </Notice>
        ) : (
          <form onSubmit={send}>
            {error && <Notice tone="error">{error}</Notice>}
            <Field id="response-text" label="The secret" hint="Encrypted in this browser before it is sent.">
              <textarea
                id="response-text"
                required
                rows={5}
                spellcheck={false}
                autocomplete="off"
                value={text}
                onInput={(event) => setText(event.currentTarget.value)}
              />
            </Field>
            <button type="submit" disabled={busy || text.length === 0}>
              {busy ? "Sending…" : "Encrypt and send"}
            </button>
          </form>
        )}
      </>
    );
  }
}
