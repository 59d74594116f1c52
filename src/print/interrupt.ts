const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * While PDFs print, Ctrl-C or a CI runner's kill must neither leave a browser running nor a
 * profile folder behind, and must not cut a PDF mid-write. On a signal: end the browser at once,
 * let writes already under way finish (each is atomic, so a finished one is a good file), then
 * die of the same signal as if no handler had been there. Returns the function that removes the
 * handlers again.
 */
export function onInterrupt(stop: () => void, settle: () => Promise<unknown>): () => void {
  let stopped = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopped) return;
    stopped = true;
    stop();
    void settle().finally(() => {
      remove();
      // Re-raised only when no one else listens: another handler has its own plan for the signal.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  };
  const remove = () => {
    for (const signal of signals) process.off(signal, handle);
    process.off('exit', stopOnExit);
  };
  // process.exit() elsewhere runs no async code; ending the browser is what matters then.
  const stopOnExit = () => {
    if (!stopped) stop();
  };
  for (const signal of signals) process.on(signal, handle);
  process.on('exit', stopOnExit);
  return remove;
}
