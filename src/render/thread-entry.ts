/**
 * The script a second rendering thread starts from (see render-threads.ts): bin/welfare.js, which
 * runs the render thread when it is not the main thread. Kept apart so that the CLI can name it at
 * its start without loading the render stage. Unset (welfare's library used in a test), every
 * document renders on the calling thread.
 */
let entry: string | undefined;

export const setThreadEntry = (file: string): void => {
  entry = file;
};

export const threadEntry = (): string | undefined => entry;
