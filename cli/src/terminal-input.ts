// What the CLI reads from the person or the pipe: a secret from stdin, exactly as its bytes came, and
// passphrases and tokens typed with echo off on the terminal (never taken as arguments).
import { openSync } from "node:fs";
import { ReadStream, WriteStream } from "node:tty";
import { read } from "read";
import { CliError, EXIT, usageError } from "./cli-error";

export const stdinIsTerminal = () => process.stdin.isTTY === true;

/** The terminal itself, even when stdin is a pipe (the secret) and stdout is captured (the link). */
function openTerminal(): { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; close: () => void } {
  if (stdinIsTerminal() && process.stderr.isTTY) {
    return { input: process.stdin, output: process.stderr, close: () => process.stdin.pause() };
  }
  try {
    const input = new ReadStream(openSync("/dev/tty", "r"));
    const output = new WriteStream(openSync("/dev/tty", "w"));
    const close = () => {
      input.destroy();
      output.destroy();
    };
    return { input, output, close };
  } catch {
    throw usageError("No terminal to ask on: use --passphrase-env VAR, or pipe the input on stdin");
  }
}

/** One line typed with echo off. Ctrl+C cancels (exit 130). */
export async function askHidden(question: string): Promise<string> {
  const terminal = openTerminal();
  try {
    return await read({ prompt: question, silent: true, replace: "", input: terminal.input, output: terminal.output });
  } catch {
    throw new CliError(EXIT.cancelled, "Cancelled");
  } finally {
    terminal.output.write("\n");
    terminal.close();
  }
}

/** Everything on stdin as UTF-8 text, byte for byte: a BOM and a final newline stay part of it. */
export async function readStdinText(what: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(Buffer.concat(chunks));
  } catch {
    throw usageError(`The ${what} on stdin is not UTF-8 text`);
  }
}
