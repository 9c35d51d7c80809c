import { useRef, useState } from "preact/hooks";
import { ApiError, errorMessage, OFFLINE_STATUS } from "../../lib/api";
import { mailSecretLink } from "../../lib/api-routes";
import type { Created } from "./create-links";

export interface LinkMail {
  to: string;
  state: "sending" | "sent" | "failed";
  /** The server's sentence when it failed: the daily cap, a mail provider that refused it... */
  message?: string;
  /** Worth another try: the provider or the network failed, not a rule (the cap, an ended secret). */
  retryable?: boolean;
}

/**
 * "Send via email": hands the full link to the server once, which mails it to the recipient and keeps
 * no copy. The secret already exists, so a failure here leaves the link on screen to be sent another way.
 */
export function useLinkMail() {
  const [mail, setMail] = useState<LinkMail | null>(null);
  // A send still under way when the user starts over must not report into the next secret's view.
  const latest = useRef(0);

  async function send({ link, secret, emailTo }: Created) {
    if (!emailTo) return;
    const ticket = ++latest.current;
    setMail({ to: emailTo, state: "sending" });
    try {
      await mailSecretLink(secret.id, link);
      if (ticket === latest.current) setMail({ to: emailTo, state: "sent" });
    } catch (caught) {
      if (ticket !== latest.current) return;
      const status = caught instanceof ApiError ? caught.status : OFFLINE_STATUS;
      const retryable = status === OFFLINE_STATUS || status >= 500;
      setMail({ to: emailTo, state: "failed", message: errorMessage(caught), retryable });
    }
  }

  function reset() {
    latest.current++;
    setMail(null);
  }

  return { mail, send, reset };
}
