import { useState } from "preact/hooks";
import { DeleteAccountDialog } from "../../components/DeleteAccountDialog";
import { deleteOwnAccount } from "../../lib/api-routes";
import { leaveSignedOut } from "../../lib/end-session";
import { useSession } from "../../lib/use-session";

/** The Account page's last section: delete this account for good (DELETE /api/me). */
export function DeleteAccount() {
  const { setUser } = useSession();
  const [asking, setAsking] = useState(false);

  async function remove(password: string | undefined) {
    await deleteOwnAccount(password);
    setUser(null);
    leaveSignedOut();
  }

  return (
    <section class="card account-delete" aria-labelledby="account-delete-title">
      <h2 id="account-delete-title">Delete account</h2>
      <p>
        Your active secrets are burned (their links stop working), you are signed out everywhere, your API tokens and
        passkeys stop working, and your address is erased. The audit log keeps its events, naming you "deleted account"
        and your account's id. This cannot be undone.
      </p>
      <button type="button" class="button-danger-outline" onClick={() => setAsking(true)}>
        Delete account…
      </button>
      <DeleteAccountDialog
        open={asking}
        title="Delete your account?"
        message="Everything above happens at once, and cannot be undone."
        confirmLabel="Delete my account"
        onDelete={remove}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}
