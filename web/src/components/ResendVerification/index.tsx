import { useState } from "preact/hooks";
import { ApiError, errorMessage } from "../../lib/api";
import { resendVerification } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { useSession } from "../../lib/use-session";

/** Mails the signed-in account a new verification link; the earlier link stops working. */
export function ResendVerification() {
  const { user, setUser } = useSession();
  const [state, setState] = useState<"idle" | "sending" | "sent">("idle");
  const [error, setError] = useState<string | null>(null);

  async function resend() {
    setState("sending");
    setError(null);
    try {
      await resendVerification();
      setState("sent");
    } catch (caught) {
      // Verified meanwhile (the link opened in another tab): nothing left to ask for.
      if (caught instanceof ApiError && caught.code === "already_verified" && user) {
        setUser({ ...user, emailVerified: true });
        return;
      }
      setError(errorMessage(caught));
      setState("idle");
    }
  }

  return (
    <span class="actions">
      <button type="button" class="button-secondary" onClick={resend} disabled={state === "sending"}>
        {state === "sending" ? t("common.resend.sending") : t("common.resend.button")}
      </button>
      <span role="status">{state === "sent" && t("common.resend.sent")}</span>
      {error && <span role="alert">{error}</span>}
    </span>
  );
}
