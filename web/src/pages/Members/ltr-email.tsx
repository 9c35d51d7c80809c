import type { ComponentChild } from "preact";

/**
 * A sentence with an email address in it, the address isolated left to right so that a right-to-left
 * sentence does not reorder its parts (the text itself stays as the catalog says).
 */
export function withLtrEmail(text: string, email: string): ComponentChild[] {
  const at = text.indexOf(email);
  if (!email || at < 0) return [text];
  return [text.slice(0, at), <span dir="ltr">{email}</span>, text.slice(at + email.length)];
}
