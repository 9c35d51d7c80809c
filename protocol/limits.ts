// Protocol constants without dependencies, so the recipient page can import them without zod.
export const SECRET_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** A link key: LINK_KEY_BYTES (32) as unpadded base64url, the fragment of a share link. */
export const LINK_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const EXPIRY_PRESETS = [
  { seconds: 300, label: "5 minutes" },
  { seconds: 900, label: "15 minutes" },
  { seconds: 3600, label: "1 hour" },
  { seconds: 86_400, label: "24 hours" },
  { seconds: 172_800, label: "48 hours" },
  { seconds: 604_800, label: "7 days" },
] as const;
export const DEFAULT_EXPIRES_IN = 3600;
export const MIN_EXPIRES_IN = 60;
export const MAX_EXPIRES_IN = 604_800;
export const MAX_VIEWS = 100;
export const MAX_NAME_LENGTH = 200;
/** Wrong proofs a secret survives; the fifth burns it. */
export const MAX_WRONG_PROOFS = 5;
export const MIN_PASSWORD_LENGTH = 15;
export const MAX_PASSWORD_LENGTH = 256;
/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators: refused in names, cut from headers. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** Request bodies past these are refused with 413 too_large while they stream in (docs/api.md). */
export const AUTH_BODY_LIMIT = 8 * 1024;
export const SMALL_BODY_LIMIT = 4 * 1024;
export const VERIFY_BODY_LIMIT = 1024;
/** POST /api/secrets: the largest ciphertext as base64url, plus room for the options around it. */
export const createBodyLimit = (maxSecretBytes: number) => Math.ceil((maxSecretBytes * 4) / 3) + 16 * 1024;
/** MAX_FILE_BYTES's default: the sealed bytes of one secret's files (PROTOCOL 2.2), 100 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 104_857_600;
/** A WebAuthn challenge is single-use and lives this long (worker/db/webauthn-challenges.ts). */
export const WEBAUTHN_CHALLENGE_SECONDS = 120;
/** Removing a passkey or replacing recovery codes needs a session signed in at most this long ago. */
export const REAUTH_WINDOW_SECONDS = 600;
export const RECOVERY_CODE_COUNT = 10;
export const MAX_PASSKEY_NAME_LENGTH = 60;
/** A WebAuthn response with attestation "none" is well under 4 KiB; room for long transports and extensions. */
export const WEBAUTHN_BODY_LIMIT = 16 * 1024;
/** Secret requests (PROTOCOL 9): the note to the responder, and how many responses one request may take. */
export const MAX_REQUEST_NOTE_LENGTH = 1000;
export const MAX_REQUEST_RESPONSES = 100;
/** POST /api/requests: a name, a note of up to 1,000 characters (4 bytes each at most, escaped) and a key. */
export const REQUEST_BODY_LIMIT = 8 * 1024;
/** A secret for many recipients: at most this many links (secrets) in one group (docs/protocol.md 8.2). */
export const MAX_GROUP_LINKS = 50;
