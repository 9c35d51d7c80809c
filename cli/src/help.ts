// `oncelink --help`: the whole interface on one screen. README's "Command line" section says the same.
import { MAX_FILE_NAME_LENGTH, MAX_FILES } from "../../protocol/file-stream";
import { EXIT } from "./cli-error";

export const HELP = `oncelink: share and open Oncelink one-time secrets. Encryption and decryption happen on this
machine (AES-256-GCM; passphrases stretched with 600,000 PBKDF2 iterations): the server never sees the
text, the key or the passphrase.

Usage:
  oncelink login [--url URL]          ask for an API token, check it, save URL and token (mode 0600)
  oncelink share [options]            encrypt stdin (or a hidden prompt on a terminal); print the link
      --expires 15m|1h|7d|SECONDS     expiry, 1m to 7d (default 1h)
      --views N                       views before it is gone, 1 to 100 (default 1)
      --name NAME                     a name only you see, in your list
      --passphrase-env VAR            passphrase from environment variable VAR
      --passphrase-prompt             ask for a passphrase (twice, hidden) on the terminal
      --require-login                 only a signed-in viewer may open it
      --recipient EMAIL               who it is for: with --require-login only that account may open it;
                                      repeat it for one link per recipient (each opens once, on its own)
      --links N                       N separate links, 1 to 50, printed one per line (with --recipient:
                                      N must match their number); each opens once, on its own
      --notify                        mail me at each view, and if it expires unviewed
      --email                         mail the link to --recipient (the server sees the link once);
                                      with several recipients each is mailed only their own link
      --json                          print {"link", "id", "expiresAt"} instead of the link; for one
                                      link each, {"groupId", "expiresAt", "links": [{"link", "id",
                                      "recipient"}]} (recipient null without --recipient)
      --file PATH                     attach a file, encrypted in 1 MiB chunks (repeatable); the text
                                      on stdin is then optional. At most ${MAX_FILES} files, names up to
                                      ${MAX_FILE_NAME_LENGTH} characters, no two of one name
  oncelink open LINK [--passphrase-env VAR] [--output DIR]
                                      print the secret exactly as shared (no newline added);
                                      asks for a passphrase on a terminal when it has one; with
                                      --output (checked before the view is spent), prints the text,
                                      then writes each file into DIR under its own name; a name that
                                      exists there or is not plain is skipped, never overwritten;
                                      a chunk is tried again after a dropped connection or a 5xx
  oncelink ls [--status S[,S...]] [--json]
                                      your secrets; S: active, viewed, expired, burned, all
  oncelink burn ID|LINK               delete a secret before it is opened
  oncelink audit [--action A] [--since WHEN] [--csv]
                                      your audit events; WHEN: 2026-12-01, an ISO date-time, or 24h/7d ago
  oncelink request --name NAME [--note TEXT] [--expires 15m|1h|7d] [--responses N] [--notify] [--json]
                                      ask for a secret: print the link to send; the private key stays
                                      here, in ONCELINK_CONFIG_DIR/request-keys.json (mode 0600)
  oncelink respond REQUEST_LINK       answer a request with stdin (or a hidden prompt); needs no token
  oncelink requests [--json]          your requests and who responded (address, device, time)
  oncelink receive REQUEST_ID_OR_LINK [--json]
                                      print each unopened response once, exactly as sent; an inbox
                                      link brings its own key
  oncelink audit verify FILE...       check daily audit archives (audit/YYYY-MM-DD.ndjson from R2), oldest
                                      first, offline; names the first broken event, exit 1 when broken
  oncelink --version | --help

A passphrase is never an argument: shell history and ps would keep it.

Environment:
  ONCELINK_URL          the server, e.g. https://secrets.acme.com (wins over the saved one)
  ONCELINK_TOKEN        an API token, olk_... (wins over the saved one)
  ONCELINK_CONFIG_DIR   where login saves config.json and request saves request-keys.json
                        (default $XDG_CONFIG_HOME/oncelink or ~/.config/oncelink)

Exit codes:
  ${EXIT.ok}    success
  ${EXIT.failed}    refused for another reason (rate limit, quota, too large, invalid input), a broken
        audit archive (audit verify), a file not saved (open --output: its name exists or is not
        plain; the others are saved), or unexpected
  ${EXIT.usage}    usage: a wrong command, flag, value or link; no server configured; --output DIR not a
        writable directory (nothing revealed); a file chunk that does not decrypt (tampered)
  ${EXIT.gone}    the secret is not found, already viewed, burned or expired; the request is closed,
       answered or expired
  ${EXIT.wrongPassphrase}    incorrect passphrase
  ${EXIT.auth}    no API token, an invalid or revoked one, or the secret is for another account
  ${EXIT.network}    the server cannot be reached
  ${EXIT.server}    the server failed (5xx) or is not an Oncelink server
  ${EXIT.cancelled}  cancelled at a prompt (Ctrl+C)
`;
