// NIST SP 800-63B-4 section 3.1.1.2: length is what counts (at least 15 characters, at least 64 allowed),
// no composition rules, and passwords known to be common or guessable from context are refused.
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../protocol/limits";
import { containsServiceName, SERVICE_NAME_PROBLEM } from "../../protocol/password-rules";
import blocklist from "./common-passwords.json";

const longCommon = new Set(blocklist.long.map((p) => p.toLowerCase()));
const commonStems = new Set(blocklist.stems);
const CONTEXT_WORDS = ["secret"];

/** Why the password is refused, as a sentence for the user, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters long.`;
  if (length > MAX_PASSWORD_LENGTH) return `Password must be at most ${MAX_PASSWORD_LENGTH} characters long.`;
  const lower = password.toLowerCase();
  if (containsServiceName(password)) return SERVICE_NAME_PROBLEM;
  if (containsEmail(password, email)) {
    return "A password must not contain your email address or the name before its @. Choose another.";
  }
  if (longCommon.has(lower)) return "This password is on a list of commonly used passwords. Choose another.";
  // "passwordpassword", "abcabcabcabcabc", "aaaaaaaaaaaaaaa": one short unit repeated.
  if (/^(.{1,8}?)\1+$/su.test(lower) || new Set(lower).size < 4) return "This password is too repetitive.";
  // A common word dressed up with digits and symbols ("Password123456789!") is still a common password.
  const letters = lower.replace(/[^a-z]/g, "");
  const localPart =
    email
      .split("@")[0]
      ?.toLowerCase()
      .replace(/[^a-z]/g, "") ?? "";
  const contextual = [...CONTEXT_WORDS, localPart].includes(letters);
  if (commonStems.has(letters) || contextual || (letters.length === 0 && isSequence(lower))) {
    return "This password is too easy to guess. Choose a longer or less common phrase.";
  }
  return null;
}

/** Local parts shorter than this are refused only as the whole password ("bob" would refuse "bobsled..."). */
const MIN_CONTAINED_LOCAL_PART = 4;

/** The full address anywhere in the password, or the letters of its local part among the password's letters. */
function containsEmail(password: string, email: string): boolean {
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  if (address !== "" && lower.includes(address)) return true;
  const localLetters = (address.split("@")[0] ?? "").replace(/[^a-z]/g, "");
  return localLetters.length >= MIN_CONTAINED_LOCAL_PART && lower.replace(/[^a-z]/g, "").includes(localLetters);
}

/** Digits counting up or down, like 123456789012345. */
function isSequence(text: string): boolean {
  const digits = text.replace(/\D/g, "");
  if (digits.length < text.length - 2) return false;
  let ascending = 0;
  let descending = 0;
  for (let i = 1; i < digits.length; i++) {
    const step = (Number(digits[i]) - Number(digits[i - 1]) + 10) % 10;
    if (step === 1) ascending++;
    if (step === 9) descending++;
  }
  return Math.max(ascending, descending) >= digits.length - 3;
}
