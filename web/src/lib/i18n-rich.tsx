import type { ComponentChild } from "preact";
import type { MessageArgs } from "../../../protocol/message-format";
import { type MessageKey, t } from "./i18n";

/**
 * A message with markup: `<name>text</name>` in the message becomes `tags.name(text)`, so a sentence with a
 * link or an emphasis stays one message for the translator ("Read the <docs>guide</docs> first.").
 */
export function tRich(
  key: MessageKey,
  tags: Readonly<Record<string, (text: string) => ComponentChild>>,
  args?: MessageArgs,
): ComponentChild[] {
  const out: ComponentChild[] = [];
  const pattern = /<([a-z]+)>(.*?)<\/\1>/gs;
  const text = t(key, args);
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const [whole, name = "", inner = ""] = match;
    if (match.index > last) out.push(text.slice(last, match.index));
    const tag = tags[name];
    out.push(tag ? tag(inner) : inner);
    last = match.index + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
