// `oncelink open LINK`: peek (consumes nothing), derive the proofs here, reveal, decrypt here, and
// write the text to stdout exactly as it was shared, then any files into --output DIR.
import { MESSAGES, type RevealResult, type SecretPeek } from "../../../protocol/api";
import { EnvelopeError, openSecret, revealProofs, stretchPassphrase } from "../../../protocol/envelope";
import { deriveFileKey } from "../../../protocol/file-stream";
import type { RevealBody } from "../../../protocol/schemas";
import { ApiRefusal, callApi } from "../api-client";
import { parseCommand, passphraseFromEnv } from "../args";
import { CliError, EXIT, usageError } from "../cli-error";
import { loadSettings } from "../config";
import { checkOutputDir, saveFiles, windowEnd } from "../file-download";
import { parseShareLink } from "../share-link";
import { askHidden } from "../terminal-input";

const OPTIONS = { "passphrase-env": { type: "string" }, output: { type: "string" } } as const;

function attemptsLeft(n: number): string {
  if (n === 0) return "no attempts left: the secret has been deleted";
  return n === 1 ? "1 attempt left" : `${n} attempts left`;
}

/** The CLI's words for a wrong passphrase, with the attempts left. */
function reworded(error: unknown): unknown {
  if (!(error instanceof ApiRefusal)) return error;
  if (error.code === "incorrect_passphrase") {
    const left = error.attemptsRemaining === undefined ? "" : ` (${attemptsLeft(error.attemptsRemaining)})`;
    return new CliError(EXIT.wrongPassphrase, `${MESSAGES.incorrectPassphrase}${left}`);
  }
  return error;
}

const loginNeeded = (origin: string) =>
  new CliError(EXIT.auth, `Sign in to view this secret: set ONCELINK_TOKEN for ${origin} or run oncelink login`);

export async function open(args: string[]): Promise<void> {
  const { values, positionals } = parseCommand(args, OPTIONS, 1);
  const [link] = positionals;
  if (!link) throw usageError("Which link? oncelink open LINK");
  const { origin, id, linkKey } = parseShareLink(link);
  const settings = loadSettings();
  // The token is for the configured server only: a link to another server never gets it.
  const token = settings.url === origin ? settings.token : undefined;
  // Before anything is asked or revealed: files revealed with nowhere to go would spend the one view.
  if (values.output !== undefined) await checkOutputDir(values.output);
  try {
    const peek = await callApi<SecretPeek>(origin, `/api/secrets/${id}`, { token });
    // Asked before the passphrase: without a token the server would refuse the reveal anyway.
    if (peek.requireLogin && !token) throw loginNeeded(origin);
    // Asked before the reveal spends the view: the files need somewhere to go.
    if (peek.fileBytes !== undefined && values.output === undefined) {
      throw usageError("This secret carries files: add --output DIR to save them");
    }
    let stretched: Uint8Array | undefined;
    if (peek.passphrase && peek.kdf) {
      const variable = values["passphrase-env"];
      const passphrase = variable === undefined ? await askHidden("Passphrase:") : passphraseFromEnv(variable);
      stretched = await stretchPassphrase(passphrase, peek.kdf);
    }
    const { encKey, proof, keyProof } = await revealProofs(linkKey, stretched);
    const body = { proof, keyProof } satisfies RevealBody;
    const result = await callApi<RevealResult>(origin, `/api/secrets/${id}/reveal`, { body, token });
    const { text, files = [] } = await openSecret(result.ciphertext, encKey);
    // The text first: whatever happens to the files, the one view has given it.
    process.stdout.write(text);
    if (files.length && result.files && values.output !== undefined) {
      const grant = result.files;
      const download = {
        origin,
        id,
        grant,
        key: await deriveFileKey(linkKey, stretched),
        until: windowEnd(result, grant),
      };
      await saveFiles(download, values.output, files);
    }
  } catch (error) {
    if (error instanceof EnvelopeError) throw usageError(error.message);
    throw reworded(error);
  }
}
