// zxcvbn and its dictionaries: a chunk of its own, imported only by a password field with a meter (sign-up,
// setup, password change), never by the recipient page.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** 0 (guessed at once) to 4 (very hard to guess), as zxcvbn scores it. */
export function strengthOf(password: string, userInputs: string[]): number {
  return zxcvbn.check(password, [...userInputs, "oncelink"]).score;
}
