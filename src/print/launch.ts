import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, type Browser, type LaunchOptions } from 'puppeteer-core';
import { ExitCode, WelfareError } from '../core/errors.js';
import { inEach, phrase } from '../core/messages.js';
import type { FoundBrowser } from './find-browser.js';
import { needsNoSandbox, type Platform } from './system.js';
import { toWindowsPath, windowsTempDir } from './wsl.js';

const cannotStart = phrase<{ path: string; source: string; why: string }>(
  (p) => `cannot start the browser ${p.path} (found by ${p.source}): ${p.why}`,
  (p) => `kunde inte starta webbläsaren ${p.path} (hittad via ${p.source}): ${p.why}`,
  (p) => `selainta ${p.path} (löytyi: ${p.source}) ei voitu käynnistää: ${p.why}`,
);
const startsAlone = phrase<string>(
  (path) => `check that it starts by itself (\`"${path}" --headless --version\`), or choose another with --browser`,
  (path) => `kontrollera att den startar för sig själv (\`"${path}" --headless --version\`), eller välj en annan med --browser`,
  (path) => `tarkista, että se käynnistyy itsekseen (\`"${path}" --headless --version\`), tai valitse toinen valitsimella --browser`,
);

/** A name of the reserved .invalid domain, which the resolver rules below answer with "not found". */
const unreachableProxy = 'no-network.invalid';

/**
 * Flags that keep the browser to the one job of printing: nothing it does may reach the network
 * (a closed CI network refuses it, and an open one should not see our documents), and nothing
 * of a user's own Chrome profile, extensions or sync may change the output.
 */
const browserArgs = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication',
  // No network at the socket level, whatever a theme's markup asks for (preconnect, prefetch,
  // <embed>, <iframe>) and whether or not a request follows: every name resolves to nothing,
  // without asking DNS, and every address, loopback included, goes through a proxy whose name
  // is one of those. Request interception (print-page.ts) still decides what the page may load.
  '--host-resolver-rules=MAP * ~NOTFOUND',
  `--proxy-server=http://${unreachableProxy}:9`,
  '--proxy-bypass-list=<-loopback>',
] as const;

/** A running browser with a throwaway profile, and how to end it. */
export interface PrintingBrowser {
  browser: Browser;
  /** The URL the browser opens an HTML file by; the one URL its page may load. */
  documentUrl(htmlPath: string): string;
  /** Closes the browser (once, however often called) and removes its profile. */
  close(): Promise<void>;
  /** Ends the browser at once and removes its profile; for signal handlers, which cannot wait. */
  kill(): void;
}

export async function launchBrowser(found: FoundBrowser, platform: Platform): Promise<PrintingBrowser> {
  const profile = await mkdtemp(join(found.windowsFromWsl ? windowsTempDir() : tmpdir(), 'welfare-browser-'));
  const options: LaunchOptions = {
    executablePath: found.path,
    // puppeteer adds --headless (the new headless mode, the same layout as a visible browser).
    headless: true,
    args: [...browserArgs, ...(needsNoSandbox(platform) ? ['--no-sandbox'] : [])],
    userDataDir: found.windowsFromWsl ? toWindowsPath(profile) : profile,
    // Pipes are not passed to a Windows program started from WSL; it speaks over a port instead.
    pipe: !found.windowsFromWsl,
    // welfare closes the browser on signals itself, after its files are safe (see interrupt.ts).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 30_000,
  };
  let browser: Browser;
  try {
    browser = await launch(options).catch((error: Error) => {
      // A container that is not detected as one may still forbid the namespaces the sandbox needs.
      if (/no usable sandbox/i.test(error.message) && !options.args!.includes('--no-sandbox')) {
        return launch({ ...options, args: [...options.args!, '--no-sandbox'] });
      }
      throw error;
    });
  } catch (cause) {
    await removeProfile(profile);
    throw new WelfareError(inEach(cannotStart, { path: found.path, source: found.source, why: firstLine(cause) }), ExitCode.environment, { cause, hint: inEach(startsAlone, found.path) });
  }
  let closing: Promise<void> | undefined;
  return {
    browser,
    documentUrl: (htmlPath) => (found.windowsFromWsl ? pathToFileURL(toWindowsPath(htmlPath), { windows: true }) : pathToFileURL(htmlPath)).href,
    close() {
      // A browser that does not answer within seconds is killed; its profile goes either way.
      closing ??= Promise.race([browser.close(), new Promise((done) => setTimeout(done, 5000).unref())])
        .catch(() => {})
        .then(() => {
          browser.process()?.kill('SIGKILL');
          return removeProfile(profile);
        });
      return closing;
    },
    kill() {
      browser.process()?.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** The browser may still be writing into its profile for a moment after it exits. */
function removeProfile(profile: string): Promise<void> {
  return rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
