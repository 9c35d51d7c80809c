// Sealing in the browser, then creating: one link (POST /api/secrets) or a group of links, each under its
// own key (POST /api/secret-groups, PROTOCOL 8.2). The server gets ciphertexts and verifiers, never the
// text, the passphrase or a key; the full links stay in this browser (lib/link-keys.ts).
import type { Secret, SecretGroup } from "../../../../protocol/api";
import { CLIENT_KDF_ITERATIONS, envelopeUpload, sealSecret } from "../../../../protocol/envelope";
import { createSecret, createSecretGroup } from "../../lib/api-routes";
import { rememberLink } from "../../lib/link-keys";
import type { FileAttachments } from "./files/use-file-attachments";

/** What every link gets alike. */
export interface LinkOptions {
  text: string;
  passphrase: string;
  name: string | undefined;
  expiresIn: number;
  requireLogin: boolean;
  notifyOnView: boolean;
  showSender: boolean;
}

/** Runs `work`, which stretches a passphrase `iterations` times, showing its progress. */
export type TrackStretch = <T>(iterations: number, work: () => Promise<T>) => Promise<T>;

export interface Created {
  /** The share link with its key: known to this browser only. */
  link: string;
  secret: Secret;
  /** The recipient to mail the link to, when "Send via email" was on. */
  emailTo: string | null;
  /** Whether the recipient is shown who sent it. */
  showSender: boolean;
}

export interface CreatedGroup {
  group: SecretGroup;
  /** One per recipient, in the order given: the link with its key, and whom to mail it to (or null). */
  links: { secret: Secret; link: string; emailTo: string | null }[];
  showSender: boolean;
}

type SealedSecret = Awaited<ReturnType<typeof sealSecret>>;

const seal = (text: string, passphrase: string) => sealSecret(passphrase ? { text, passphrase } : { text });

/** One link; its files (names and types sealed with the text) are uploaded before the link is shown. */
export async function createOneLink(
  options: LinkOptions & { maxViews: number; recipientEmail: string | undefined; sendByEmail: boolean },
  track: TrackStretch,
  files: Pick<FileAttachments, "manifest" | "createFields" | "upload">,
): Promise<Created> {
  const { text, passphrase, recipientEmail, sendByEmail, ...rest } = options;
  const sealOne = () => sealSecret({ text, files: files.manifest, ...(passphrase ? { passphrase } : {}) });
  const sealed = passphrase ? await track(CLIENT_KDF_ITERATIONS, sealOne) : await sealOne();
  const { secret, uploadToken } = await createSecret({
    ...envelopeUpload(sealed),
    ...rest,
    recipientEmail,
    ...files.createFields,
  });
  // Shareable only once every chunk is stored: the link is shown after this.
  if (uploadToken) await files.upload({ id: secret.id, uploadToken, ...sealed });
  const link = `${secret.url}#${sealed.linkKey}`;
  rememberLink(secret.id, link, secret.expiresAt);
  return { link, secret, emailTo: sendByEmail && recipientEmail ? recipientEmail : null, showSender: rest.showSender };
}

/** N envelopes of the same text, each with a fresh link key (and, with a passphrase, its own salt). */
export async function createGroupLinks(
  options: LinkOptions & { recipients: (string | undefined)[]; sendByEmail: boolean },
  track: TrackStretch,
): Promise<CreatedGroup> {
  const { text, passphrase, recipients, sendByEmail, ...rest } = options;
  const sealAll = async () => {
    const sealed: SealedSecret[] = [];
    for (const _ of recipients) sealed.push(await seal(text, passphrase));
    return sealed;
  };
  const sealed = passphrase ? await track(CLIENT_KDF_ITERATIONS * recipients.length, sealAll) : await sealAll();
  const { group } = await createSecretGroup({
    ...rest,
    links: sealed.map((link, k) => ({ ...envelopeUpload(link), recipientEmail: recipients[k] })),
  });
  const links = group.links.map((secret, k) => {
    const link = `${secret.url}#${sealed[k]?.linkKey}`;
    rememberLink(secret.id, link, secret.expiresAt, group.id);
    return { secret, link, emailTo: sendByEmail ? secret.recipientEmail : null };
  });
  return { group, links, showSender: rest.showSender };
}
