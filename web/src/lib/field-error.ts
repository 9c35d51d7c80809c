import { ApiError } from "./api";

/**
 * The server names the field it refused ("password: Password must be…", PROTOCOL section 4); shown at
 * that field, the name is noise. Answers the sentence alone, or null when the error is about something else.
 */
export function fieldError(error: unknown, field: string): string | null {
  const prefix = `${field}: `;
  if (!(error instanceof ApiError) || error.status !== 400 || !error.message.startsWith(prefix)) return null;
  const sentence = error.message.slice(prefix.length);
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
