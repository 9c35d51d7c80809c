// /requests/new?name=&note=&expiresIn=&responses=: a link (from Slack, a runbook) that opens the form filled
// in. Only values the form could hold are taken; the person still reads them and clicks Create.
import {
  DEFAULT_EXPIRES_IN,
  EXPIRY_PRESETS,
  MAX_NAME_LENGTH,
  MAX_REQUEST_NOTE_LENGTH,
  MAX_REQUEST_RESPONSES,
} from "../../../../protocol/limits";

export interface RequestDraft {
  name: string;
  note: string;
  expiresIn: number;
  responses: number;
}

export function draftFrom(search: string): RequestDraft {
  const query = new URLSearchParams(search);
  const expiresIn = Number(query.get("expiresIn"));
  const responses = Number(query.get("responses"));
  return {
    name: (query.get("name") ?? "").slice(0, MAX_NAME_LENGTH),
    note: (query.get("note") ?? "").slice(0, MAX_REQUEST_NOTE_LENGTH),
    expiresIn: EXPIRY_PRESETS.some((preset) => preset.seconds === expiresIn) ? expiresIn : DEFAULT_EXPIRES_IN,
    responses: Number.isInteger(responses) && responses >= 1 && responses <= MAX_REQUEST_RESPONSES ? responses : 1,
  };
}

/** `#slack=<token>`: the one-time token of a request started with `/oncelink request` (README, Slack). */
export function slackTokenFrom(hash: string): string | null {
  return /^#slack=([A-Za-z0-9_-]{43})$/.exec(hash)?.[1] ?? null;
}
