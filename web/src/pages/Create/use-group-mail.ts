import { useRef, useState } from "preact/hooks";
import { ApiError, errorMessage, OFFLINE_STATUS } from "../../lib/api";
import { mailSecretLink } from "../../lib/api-routes";
import type { CreatedGroup } from "./create-links";
import type { LinkMail } from "./use-link-mail";

/**
 * "Send via email" for a group: each link is handed to the server on its own (POST /api/secrets/:id/email),
 * which mails it to that link's recipient only. One after another, so the first refusal (the per-minute or
 * daily mail limit) stops the rest instead of failing them all; the links not sent can be sent again.
 */
export function useGroupMail() {
  const [mails, setMails] = useState<Record<string, LinkMail>>({});
  const latest = useRef(0);

  async function send(created: CreatedGroup, onlyUnsent = false) {
    const ticket = ++latest.current;
    const wanted = created.links.filter(
      (entry) => entry.emailTo && (!onlyUnsent || mails[entry.secret.id]?.state !== "sent"),
    );
    const update = (id: string, mail: LinkMail) => {
      if (ticket === latest.current) setMails((current) => ({ ...current, [id]: mail }));
    };
    for (const { secret, link, emailTo } of wanted) {
      if (ticket !== latest.current || !emailTo) return;
      update(secret.id, { to: emailTo, state: "sending" });
      try {
        await mailSecretLink(secret.id, link);
        update(secret.id, { to: emailTo, state: "sent" });
      } catch (caught) {
        const status = caught instanceof ApiError ? caught.status : OFFLINE_STATUS;
        const retryable = status === OFFLINE_STATUS || status >= 500 || status === 429;
        update(secret.id, { to: emailTo, state: "failed", message: errorMessage(caught), retryable });
        // A limit refuses the next ones too: stop here; they can be sent again once it passes.
        if (status === 429) return;
      }
    }
  }

  function reset() {
    latest.current++;
    setMails({});
  }

  return { mails, send, reset };
}
