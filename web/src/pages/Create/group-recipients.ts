// "Separate link per recipient": who the links are for, read from the form. Addresses make one link
// each; without addresses, a count makes that many links for nobody in particular.
import { MAX_GROUP_LINKS } from "../../../../protocol/limits";

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
  if (!Number.isInteger(total) || total < 1)
    return { error: "Give the recipients' emails, or how many links to make." };
  if (total > MAX_GROUP_LINKS) {
    return { error: `A group holds at most ${MAX_GROUP_LINKS} links; this would make ${total}.` };
  }
  if (listed.length === 0) return { recipients: Array.from({ length: total }, () => undefined) };
  const malformed = listed.find((email) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email));
  if (malformed) return { error: `“${malformed}” is not an email address.` };
  // The server refuses an address twice (each person gets one link); saying which is kinder here.
  const seen = new Set<string>();
  for (const email of listed) {
    const key = email.toLowerCase();
    if (seen.has(key)) return { error: `${email} is listed twice: each recipient gets one link.` };
    seen.add(key);
  }
  return { recipients: listed };
}
