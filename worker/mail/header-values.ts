// Mail headers are lines: a CR or LF inside a value would end the header and start another (a Bcc: of the
// attacker's choosing). Names are refused with control characters at the API, but every header is also
// built through here, so nothing stored before that rule, or added later, can break a line.
import { CONTROL_CHARACTERS } from "../../protocol/limits";

const LINE_BREAKING = new RegExp(`${CONTROL_CHARACTERS.source}+`, "g");

/** One header value on one line: every control character (CR and LF among them) becomes a space. */
export function headerValue(value: string): string {
  return value.replace(LINE_BREAKING, " ").trim();
}

/** The message with its header fields (to, subject) made single-line; the bodies are left as they are. */
export function withSafeHeaders<Message extends { to: string; subject: string }>(message: Message): Message {
  return { ...message, to: headerValue(message.to), subject: headerValue(message.subject) };
}
