// `oncelink share`: encrypt here (protocol/envelope.ts, 600,000 PBKDF2 iterations for a passphrase),
// upload only the ciphertext and verifiers, and print the link, whose key never leaves this machine.
import type { CreateSecretResult, MailSent } from "../../../protocol/api";
import { envelopeUpload, sealSecret } from "../../../protocol/envelope";
import { planFiles } from "../../../protocol/file-stream";
import { DEFAULT_EXPIRES_IN } from "../../../protocol/limits";
import type { EncryptedCreateInput } from "../../../protocol/schemas";
import { callApi } from "../api-client";
import { parseCommand, parseExpires, parseViews, passphraseFromEnv } from "../args";
import { CliError, usageError } from "../cli-error";
import { loadSettings, requireToken, requireUrl } from "../config";
import { fileEntriesOf, uploadFiles } from "../file-transfer";
import { askHidden, readStdinText, stdinIsTerminal } from "../terminal-input";
import { parseLinkCount, shareGroup } from "./share-group";

const OPTIONS = {
  expires: { type: "string" },
  views: { type: "string" },
  name: { type: "string" },
  "passphrase-env": { type: "string" },
  "passphrase-prompt": { type: "boolean" },
  "require-login": { type: "boolean" },
  recipient: { type: "string", multiple: true },
  links: { type: "string" },
  notify: { type: "boolean" },
  email: { type: "boolean" },
  json: { type: "boolean" },
  file: { type: "string", multiple: true },
} as const;

async function askPassphrase(): Promise<string> {
  const passphrase = await askHidden("Passphrase:");
  if (!passphrase) throw usageError("The passphrase is empty");
  if ((await askHidden("Repeat the passphrase:")) !== passphrase) throw usageError("The passphrases do not match");
  return passphrase;
}

/** With --file the text is optional: whatever stdin holds (nothing from a terminal). */
async function readOptionalText(): Promise<string> {
  return stdinIsTerminal() ? "" : readStdinText("secret");
}

export async function readSecret(): Promise<string> {
  const text = stdinIsTerminal()
    ? await askHidden("Secret (hidden; pipe it on stdin for several lines):")
    : await readStdinText("secret");
  if (text.length === 0) throw usageError("The secret is empty");
  return text;
}

export async function share(args: string[]): Promise<void> {
  const { values } = parseCommand(args, OPTIONS, 0);
  const expiresIn = values.expires === undefined ? DEFAULT_EXPIRES_IN : parseExpires(values.expires);
  const maxViews = values.views === undefined ? 1 : parseViews(values.views);
  if (values["passphrase-env"] !== undefined && values["passphrase-prompt"]) {
    throw usageError("Use either --passphrase-env or --passphrase-prompt, not both");
  }
  const recipients = values.recipient ?? [];
  if (values.email && recipients.length === 0) {
    throw usageError("--email sends the link to --recipient EMAIL: name one");
  }
  // Several recipients, or --links N: one link each (a secret group).
  const group = values.links !== undefined || recipients.length > 1;
  const count = values.links === undefined ? undefined : parseLinkCount(values.links);
  if (group && values.views !== undefined)
    throw usageError("--views does not go with a link per recipient: each opens once");
  const settings = loadSettings();
  const origin = requireUrl(settings);
  // Creating may be open to anyone (ALLOW_ANONYMOUS_CREATE); mailing the link, or a group, never is.
  const token = values.email || group ? requireToken(settings) : settings.token;
  const envPassphrase =
    values["passphrase-env"] === undefined ? undefined : passphraseFromEnv(values["passphrase-env"]);

  const paths = values.file ?? [];
  const files = await fileEntriesOf(paths);
  const text = paths.length ? await readOptionalText() : await readSecret();
  const passphrase = values["passphrase-prompt"] ? await askPassphrase() : envPassphrase;
  if (group) {
    if (files.length) throw usageError("--file does not go with a link per recipient yet: share the files in one link");
    const options = {
      name: values.name,
      expiresIn,
      requireLogin: values["require-login"] ?? false,
      notifyOnView: values.notify ?? false,
    };
    const email = values.email ?? false;
    const json = values.json ?? false;
    return shareGroup({
      origin,
      token: requireToken(settings),
      text,
      passphrase,
      count,
      recipients,
      options,
      email,
      json,
    });
  }
  const sealed = await sealSecret({ text, passphrase, files });
  const fileBytes = planFiles(files).sealedBytes;
  const body = {
    ...envelopeUpload(sealed),
    ...(files.length && { files: { bytes: fileBytes } }),
    name: values.name,
    expiresIn,
    maxViews,
    requireLogin: values["require-login"] ?? false,
    recipientEmail: recipients[0],
    notifyOnView: values.notify ?? false,
  } satisfies EncryptedCreateInput;
  const { secret, uploadToken } = await callApi<CreateSecretResult>(origin, "/api/secrets", { body, token });
  if (files.length && uploadToken) {
    await uploadFiles(origin, { id: secret.id, uploadToken }, sealed.linkKey, sealed.stretched, paths, files);
  }
  const link = `${secret.url}#${sealed.linkKey}`;
  process.stdout.write(
    values.json ? `${JSON.stringify({ link, id: secret.id, expiresAt: secret.expiresAt })}\n` : `${link}\n`,
  );

  if (values.email) {
    try {
      await callApi<MailSent>(origin, `/api/secrets/${secret.id}/email`, { body: { link }, token });
    } catch (error) {
      // The secret exists and its link is printed above; only the mail is missing.
      if (error instanceof CliError) {
        throw new CliError(error.exitCode, `The secret was created, but the mail was not sent: ${error.message}`);
      }
      throw error;
    }
  }
}
