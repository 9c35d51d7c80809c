// "Separate link per recipient": who the links are for, read from the form. Addresses make one link
// each; without addresses, a count makes that many links for nobody in particular.
import { MAX_GROUP_LINKS } from "../../../../protocol/limits";
import { t } from "../../lib/i18n";
import { isolated } from "./wording";

export interface SeparateLinks {
  enabled: boolean;
  /** Addresses as typed: one per line, or separated by commas or spaces. */
  emails: string;
  /** How many links, when no address is given. */
  count: string;
}

export const NO_SEPARATE_LINKS: SeparateLinks = { enabled: false, emails: "", count: "2" };

/** One entry per link: its recipient's address, or undefined for a link of a count. Or why not. */
export type GroupRecipients = { recipients: (string | undefined)[] } | { error: string };

export function listedEmails(typed: string): string[] {
  return typed
    .split(/[\s,;]+/)
    .map((email) => email.trim())
    .filter(Boolean);
}

export function groupRecipients({ emails, count }: SeparateLinks): GroupRecipients {
  const listed = listedEmails(emails);
  const total = listed.length > 0 ? listed.length : Number(count);
  if (!Number.isInteger(total) || total < 1) return { error: t("create.recipients.missing") };
  if (total > MAX_GROUP_LINKS) return { error: t("create.recipients.tooMany", { max: MAX_GROUP_LINKS, total }) };
  if (listed.length === 0) return { recipients: Array.from({ length: total }, () => undefined) };
  const malformed = listed.find((email) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email));
  if (malformed) return { error: t("create.recipients.malformed", { email: isolated(malformed) }) };
  // The server refuses an address twice (each person gets one link); saying which is kinder here.
  const seen = new Set<string>();
  for (const email of listed) {
    const key = email.toLowerCase();
    if (seen.has(key)) return { error: t("create.recipients.twice", { email: isolated(email) }) };
    seen.add(key);
  }
  return { recipients: listed };
}
