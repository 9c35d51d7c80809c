import { useEffect, useRef } from "preact/hooks";
import { Countdown } from "../../components/Countdown";
import { Notice } from "../../components/Notice";
import { t } from "../../lib/i18n";
import { tRich } from "../../lib/i18n-rich";
import { formatLocalTime } from "../../lib/local-time";
import { useClipboard } from "../../lib/use-clipboard";
import type { CreatedGroup } from "./create-links";
import type { LinkMail } from "./use-link-mail";
import { isolated } from "./wording";

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
        <p class="created-name">{group.name ?? t("create.created.untitled")}</p>
        <p class="hint">
          {tRich(
            "create.group.summary",
            { countdown: () => <Countdown until={group.expiresAt} /> },
            { count: links.length, at: formatLocalTime(group.expiresAt) },
          )}
        </p>
      </div>
      <Notice tone="success">
        <p>{tRich("create.group.created", { strong: (text) => <strong>{text}</strong> }, { count: links.length })}</p>
        {mailed.length > 0 && (
          <p>
            {sent === mailed.length
              ? t("create.group.allEmailed", { sent })
              : t(busy ? "create.group.emailing" : "create.group.emailed", { sent, total: mailed.length })}
          </p>
        )}
      </Notice>
      {!busy && unsent.length > 0 && (
        <Notice tone="error">
          <p>
            {tRich("create.group.notEmailed", { strong: (text) => <strong>{text}</strong> }, { count: unsent.length })}
          </p>
          <button type="button" class="button-secondary" onClick={onSendUnsent}>
            {t("create.group.sendRest")}
          </button>
        </Notice>
      )}
      <ol class="group-links" aria-label={t("create.group.list")}>
        {links.map((entry, k) => (
          <GroupLinkRow key={entry.secret.id} index={k} {...entry} mail={mails[entry.secret.id]} />
        ))}
      </ol>
      <p class="hint">{t("create.group.keysHere")}</p>
      {all.state === "failed" && <Notice tone="warning">{t("create.group.copyFailed")}</Notice>}
      <div class="actions actions-balanced">
        <button type="button" ref={copyAll} onClick={() => all.copy(links.map((entry) => entry.link).join("\n"))}>
          {t(all.justCopied ? "common.copy.copied" : "create.group.copyAll")}
        </button>
        <button type="button" class="button-secondary" onClick={onCreateAnother}>
          {t("create.created.another")}
        </button>
        <button type="button" class="button-quiet" onClick={onDone}>
          {t("create.created.done")}
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
  const label = secret.recipientEmail
    ? t("create.group.linkFor", { email: isolated(secret.recipientEmail) })
    : t("create.group.linkNumber", { n: index + 1 });
  const fieldId = `group-link-${secret.id}`;
  return (
    <li class="group-link">
      <label for={fieldId}>{label}</label>
      <div class="group-link-row">
        <input id={fieldId} readOnly value={link} spellcheck={false} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          class="button-secondary"
          aria-label={t("create.group.copyLabel", { label })}
          onClick={() => clipboard.copy(link)}
        >
          {t(clipboard.justCopied ? "common.copy.copied" : "create.group.copy")}
        </button>
      </div>
      {mail && <p class={mail.state === "failed" ? "hint hint-warning" : "hint"}>{mailNote(mail)}</p>}
    </li>
  );
}

function mailNote(mail: LinkMail): string {
  const email = isolated(mail.to);
  if (mail.state === "sending") return t("create.group.mailSending", { email });
  if (mail.state === "sent") return t("create.group.mailSent", { email });
  return t("create.group.mailFailed", { email, reason: mail.message ?? t("create.group.mailFailedReason") });
}
