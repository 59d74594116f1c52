/** Whether to colour a stream: NO_COLOR and FORCE_COLOR win, else only a terminal gets colour. */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return stream.isTTY === true;
}

/** Writes and waits until written, so a following process.exitCode never cuts output short. */
export function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((done) => (stream.write(text) ? done() : stream.once('drain', done)));
}
