import type { CreatedApiToken } from "../../../../protocol/api";
import { CopyField } from "../../components/CopyField";
import { Notice } from "../../components/Notice";

/** The token's only appearance: the API never returns it again. */
export function NewToken({ token, onDismiss }: { token: CreatedApiToken; onDismiss: () => void }) {
  const curl = [
    `curl -X POST ${location.origin}/api/secrets`,
    `  -H "Authorization: Bearer ${token.token}"`,
    `  -H "Content-Type: application/json"`,
    `  -d '{"text":"my secret","expiresIn":3600}'`,
  ].join(" \\\n");

  return (
    <section class="card new-token" aria-labelledby="new-token-heading">
      <h2 id="new-token-heading">Token “{token.name}” created</h2>
      <Notice tone="warning">
        <strong>Copy it now: it won't be shown again.</strong> Store it like a password.
      </Notice>
      <CopyField id="new-token" label="Your new token" value={token.token} copyLabel="Copy token" code />
      <CopyField
        id="curl-example"
        label="Try it: create a secret from the command line"
        value={curl}
        copyLabel="Copy command"
        rows={4}
        hint="Plaintext mode: the server encrypts the text and answers the link once. For the most sensitive secrets, encrypt in the browser instead."
        code
      />
      <button type="button" class="button-secondary" onClick={onDismiss}>
        Done
      </button>
    </section>
  );
}
