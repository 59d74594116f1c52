const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** What to do with the browser when the process is told to stop. */
export interface Shutdown {
  /** Closes the browser properly: it removes its own temporary files only when asked to quit. */
  close(): Promise<unknown>;
  /** Ends the browser at once; for process exit, which runs no async code, and a second Ctrl-C. */
  kill(): void;
  /** Resolves when the writes under way have finished. */
  settle(): Promise<unknown>;
}

/**
 * While PDFs print, Ctrl-C or a CI runner's kill must neither leave a browser running nor its
 * temporary files behind, and must not cut a PDF mid-write. On a signal: close the browser, let
 * writes already under way finish (each is atomic, so a finished one is a good file), then die of
 * the same signal as if no handler had been there. A second signal kills at once. Returns the
 * function that removes the handlers again.
 */
export function onInterrupt(shutdown: Shutdown): () => void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      shutdown.kill();
      return die(signal);
    }
    stopping = true;
    void Promise.allSettled([shutdown.close(), shutdown.settle()]).then(() => die(signal));
  };
  const die = (signal: NodeJS.Signals) => {
    remove();
    // Re-raised only when no one else listens: another handler has its own plan for the signal.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const killOnExit = () => shutdown.kill();
  const remove = () => {
    for (const signal of signals) process.off(signal, handle);
    process.off('exit', killOnExit);
  };
  for (const signal of signals) process.on(signal, handle);
  process.on('exit', killOnExit);
  return remove;
}
