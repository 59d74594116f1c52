const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * For a command that runs until stopped: `stopped` resolves at the first Ctrl-C (or SIGTERM, or
 * the terminal closing), so it can finish its build and close what it opened. A second signal
 * while it stops ends welfare at once, of that signal. release() hands the signals back.
 */
export function stopSignal(): { stopped: Promise<NodeJS.Signals>; release(): void } {
  let stop!: (signal: NodeJS.Signals) => void;
  const stopped = new Promise<NodeJS.Signals>((resolve) => (stop = resolve));
  let received = false;
  const handle = (signal: NodeJS.Signals) => {
    if (!received) {
      received = true;
      return stop(signal);
    }
    release();
    process.kill(process.pid, signal);
  };
  const release = () => {
    for (const signal of signals) process.off(signal, handle);
  };
  for (const signal of signals) process.on(signal, handle);
  return { stopped, release };
}
