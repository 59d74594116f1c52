import { visible, visibleKeepingColour } from '../core/visible.js';

/** Whether to colour a stream: NO_COLOR and FORCE_COLOR win, else only a terminal gets colour. */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true;
}

/**
 * Writes a message for people: every line welfare prints passes here, so that no id, key or file
 * name from the user's files can steer the terminal or a CI log. Control and bidi characters are
 * shown as escapes; a stream that shows colour keeps the colour sequences the formatters added
 * (they make user-given parts visible before colouring them).
 */
export function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return writeData(stream, useColor(stream) ? visibleKeepingColour(text) : visible(text));
}

/**
 * Writes data as it is (a matrix as YAML, JSON), and waits until written, so a following
 * process.exitCode never cuts output short. A stream whose reader has gone (EPIPE) takes nothing
 * more and is not waited for.
 */
export function writeData(stream: NodeJS.WriteStream, text: string): Promise<void> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve();
  return new Promise((done) => void stream.write(text, () => done()));
}
