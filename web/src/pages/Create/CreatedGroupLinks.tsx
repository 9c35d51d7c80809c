import { useEffect, useRef } from "preact/hooks";
import { Countdown } from "../../components/Countdown";
import { Notice } from "../../components/Notice";
import { formatLocalTime } from "../../lib/local-time";
import { useClipboard } from "../../lib/use-clipboard";
import type { CreatedGroup } from "./create-links";
import type { LinkMail } from "./use-link-mail";

interface CreatedGroupLinksProps extends CreatedGroup {
  /** Each link's mail, by secret id, once "Send via email" started on it. */
  mails: Record<string, LinkMail>;
  onSendUnsent: () => void;
  onCreateAnother: () => void;
  onDone: () => void;
}

/** Every link of a new group, each with its recipient and a copy button: the keys exist only here. */
export function CreatedGroupLinks({
  group,
  links,
  mails,
  onSendUnsent,
  onCreateAnother,
  onDone,
}: CreatedGroupLinksProps) {
  const all = useClipboard();
  const copyAll = useRef<HTMLButtonElement>(null);
  // The form that had focus is gone: keyboard users land on the next thing to do, inside the dialog.
  useEffect(() => copyAll.current?.focus(), []);
  const mailed = links.filter((entry) => entry.emailTo);
  const sent = mailed.filter((entry) => mails[entry.secret.id]?.state === "sent").length;
  const busy = mailed.some((entry) => mails[entry.secret.id]?.state === "sending");
  const unsent = mailed.filter((entry) => {
    const mail = mails[entry.secret.id];
    return !mail || (mail.state === "failed" && mail.retryable);
  });
  return (
    <>
      <div class="created-summary">
        <p class="created-name">{group.name ?? "Untitled secret"}</p>
        <p class="hint">
          {links.length} links, each opens once · expires <Countdown until={group.expiresAt} />, at{" "}
          {formatLocalTime(group.expiresAt)}
        </p>
      </div>
      <Notice tone="success">
        <p>
          <strong>{links.length} links created.</strong> Send each recipient only their own link.
        </p>
        {mailed.length > 0 && (
          <p>
            {sent === mailed.length
              ? `Each recipient was emailed their link (${sent}).`
              : `Emailed ${sent} of ${mailed.length} recipients${busy ? "…" : "."}`}
          </p>
        )}
      </Notice>
      {!busy && unsent.length > 0 && (
        <Notice tone="error">
          <p>
            <strong>{unsent.length} links were not emailed.</strong> They still work: send them again, or another way.
          </p>
          <button type="button" class="button-secondary" onClick={onSendUnsent}>
            Send the rest
          </button>
        </Notice>
      )}
      <ol class="group-links" aria-label="Links, one per recipient">
        {links.map((entry, k) => (
          <GroupLinkRow key={entry.secret.id} index={k} {...entry} mail={mails[entry.secret.id]} />
        ))}
      </ol>
      <p class="hint">
        Anyone holding a whole link can open it, so give each only to its recipient. The keys stay in this browser:
        other devices show the links without them.
      </p>
      {all.state === "failed" && <Notice tone="warning">Couldn't copy. Copy each link by hand.</Notice>}
      <div class="actions actions-balanced">
        <button type="button" ref={copyAll} onClick={() => all.copy(links.map((entry) => entry.link).join("\n"))}>
          {all.justCopied ? "Copied" : "Copy all links"}
        </button>
        <button type="button" class="button-secondary" onClick={onCreateAnother}>
          Create another
        </button>
        <button type="button" class="button-quiet" onClick={onDone}>
          Done
        </button>
      </div>
    </>
  );
}

interface GroupLinkRowProps {
  index: number;
  link: string;
  secret: CreatedGroup["links"][number]["secret"];
  mail: LinkMail | undefined;
}

function GroupLinkRow({ index, link, secret, mail }: GroupLinkRowProps) {
  const clipboard = useClipboard();
  const label = secret.recipientEmail ? `Link for ${secret.recipientEmail}` : `Link ${index + 1}`;
  const fieldId = `group-link-${secret.id}`;
  return (
    <li class="group-link">
      <label for={fieldId}>{label}</label>
      <div class="group-link-row">
        <input id={fieldId} readOnly value={link} spellcheck={false} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          class="button-secondary"
          aria-label={`Copy ${label}`}
          onClick={() => clipboard.copy(link)}
        >
          {clipboard.justCopied ? "Copied" : "Copy"}
        </button>
      </div>
      {mail && <p class={mail.state === "failed" ? "hint hint-warning" : "hint"}>{mailNote(mail)}</p>}
    </li>
  );
}

function mailNote(mail: LinkMail): string {
  if (mail.state === "sending") return `Emailing ${mail.to}…`;
  if (mail.state === "sent") return `Emailed to ${mail.to}.`;
  return `Not emailed to ${mail.to}: ${mail.message ?? "the mail failed"}`;
}
