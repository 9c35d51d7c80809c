// `oncelink share --links N` / `--recipient A --recipient B`: one secret for many recipients (docs/protocol.md
// 8.2). The text is encrypted here once per link, each under its own key, and the N links are created in one
// call (all or none); they are printed one per line, in the order of the recipients.
import type { MailSent, SecretGroupResult } from "../../../protocol/api";
import { envelopeUpload, sealSecret } from "../../../protocol/envelope";
import type { CreateSecretGroupInput } from "../../../protocol/group-schemas";
import { MAX_GROUP_LINKS } from "../../../protocol/limits";
import { callApi } from "../api-client";
import { CliError, usageError } from "../cli-error";

export interface GroupShare {
  origin: string;
  token: string;
  text: string;
  passphrase: string | undefined;
  /** --links N, when given. */
  count: number | undefined;
  recipients: string[];
  options: Omit<CreateSecretGroupInput, "links">;
  email: boolean;
  json: boolean;
}

/** --links N: a whole number from 1 to MAX_GROUP_LINKS. */
export function parseLinkCount(text: string): number {
  const count = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!(count >= 1 && count <= MAX_GROUP_LINKS)) {
    throw usageError(`--links must be a whole number from 1 to ${MAX_GROUP_LINKS}`);
  }
  return count;
}

export async function shareGroup(share: GroupShare): Promise<void> {
  const { count, recipients } = share;
  if (count !== undefined && recipients.length > 0 && count !== recipients.length) {
    throw usageError(`--links ${count} does not match the ${recipients.length} --recipient addresses`);
  }
  const total = count ?? recipients.length;
  // Each link its own key; the passphrase, if any, is stretched once per link (each has its own salt).
  const sealed: Awaited<ReturnType<typeof sealSecret>>[] = [];
  for (let k = 0; k < total; k++) sealed.push(await sealSecret({ text: share.text, passphrase: share.passphrase }));
  const body = {
    ...share.options,
    links: sealed.map((link, k) => ({ ...envelopeUpload(link), recipientEmail: recipients[k] })),
  } satisfies CreateSecretGroupInput;
  const { group } = await callApi<SecretGroupResult>(share.origin, "/api/secret-groups", {
    body,
    token: share.token,
  });
  const links = group.links.map((secret, k) => ({
    link: `${secret.url}#${sealed[k]?.linkKey}`,
    id: secret.id,
    recipient: secret.recipientEmail,
  }));
  process.stdout.write(
    share.json
      ? `${JSON.stringify({ groupId: group.id, expiresAt: group.expiresAt, links })}\n`
      : links.map(({ link }) => `${link}\n`).join(""),
  );
  if (!share.email) return;
  // Each recipient is mailed only their own link, one mail each.
  for (const { link, id, recipient } of links) {
    try {
      await callApi<MailSent>(share.origin, `/api/secrets/${id}/email`, { body: { link }, token: share.token });
    } catch (error) {
      if (error instanceof CliError) {
        throw new CliError(
          error.exitCode,
          `The links were created, but the mail to ${recipient} was not sent: ${error.message}`,
        );
      }
      throw error;
    }
  }
}
