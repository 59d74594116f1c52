import { posix, win32 } from 'node:path';
import { ExitCode, WelfareError } from '../core/errors.js';
import { chrome } from './finders/chrome.js';
import { chromium } from './finders/chromium.js';
import { edge } from './finders/edge.js';
import type { BrowserFinder } from './finders/finder.js';
import { currentSystem, type System, which } from './system.js';

/** The browser that prints, and how it was found (shown by `--debug` and in errors). */
export interface FoundBrowser {
  path: string;
  /** '--browser', 'config browser', an environment variable's name, or the browser's name. */
  source: string;
  /** A Windows browser started from inside WSL: paths given to it must be Windows paths. */
  windowsFromWsl: boolean;
}

export interface FindBrowserOptions {
  /** --browser */
  browser?: string;
  /** `browser` in welfare.config.yaml */
  configBrowser?: string;
  system?: System;
}

/** Tried in this order after the explicit choices; the first installed one prints. */
const finders: readonly BrowserFinder[] = [chrome, chromium, edge];

/** The environment variables that name a browser, most specific first. */
const browserVariables = ['WELFARE_BROWSER', 'PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const;

/** No browser to print with: the build still writes its HTML and then exits with code 2. */
export class BrowserNotFound extends WelfareError {
  constructor(message: string, hint: string) {
    super(message, ExitCode.environment, { hint });
    this.name = 'BrowserNotFound';
  }
}

/**
 * Finds the Chrome, Chromium or Edge that prints PDFs: the one the user named (--browser, the
 * config, WELFARE_BROWSER, PUPPETEER_EXECUTABLE_PATH, CHROME_PATH), else the first installed of
 * Chrome, Chromium and Edge. A browser the user named but that is not there is an error, never
 * silently replaced by another.
 */
export function findBrowser(options: FindBrowserOptions = {}): FoundBrowser {
  const system = options.system ?? currentSystem();
  const named: [string, string | undefined][] = [
    ['--browser', options.browser],
    ['config browser', options.configBrowser],
    ...browserVariables.map((name): [string, string | undefined] => [name, system.env[name]]),
  ];
  for (const [source, value] of named) {
    if (!value) continue;
    const path = locate(value, system);
    if (!path) {
      throw new BrowserNotFound(`${source} names a browser that is not there or cannot be run: ${value}`, `give the full path of a Chrome, Chromium or Edge program, or drop ${source} to let welfare look for an installed one`);
    }
    return { path, source, windowsFromWsl: isWindowsFromWsl(path, system) };
  }
  // Inside WSL a Linux browser is preferred: it needs no translation of paths and no Windows host.
  const platforms = system.platform === 'wsl' ? (['linux', 'wsl'] as const) : [system.platform];
  for (const platform of platforms) {
    for (const finder of finders) {
      for (const location of finder.locations(platform, system.env)) {
        const path = locate(location, system);
        if (path) return { path, source: finder.name, windowsFromWsl: platform === 'wsl' };
      }
    }
  }
  throw new BrowserNotFound('no Chrome, Chromium or Edge found to print PDFs with', installHint(system));
}

/** An absolute path as given, a relative one from the working folder, a bare name from PATH. */
function locate(value: string, system: System): string | undefined {
  if (!/[\\/]/.test(value)) return which(value, system);
  const path = system.platform === 'win32' ? win32 : posix;
  const absolute = path.isAbsolute(value) ? value : path.resolve(value);
  return system.isExecutable(absolute) ? absolute : undefined;
}

function isWindowsFromWsl(path: string, system: System): boolean {
  return system.platform === 'wsl' && path.toLowerCase().endsWith('.exe');
}

function installHint(system: System): string {
  const install = {
    linux: 'install one: `apt-get install chromium` (Debian, Ubuntu: `apt-get install chromium-browser`), `dnf install chromium`, or Chrome from https://www.google.com/chrome/',
    wsl: 'install one inside WSL (`apt-get install chromium`), or Chrome or Edge on Windows',
    darwin: 'install Chrome from https://www.google.com/chrome/ or Edge from https://www.microsoft.com/edge',
    win32: 'install Chrome from https://www.google.com/chrome/ or Edge from https://www.microsoft.com/edge',
  }[system.platform];
  return `${install}; or point welfare at one with --browser <path>, \`browser:\` in welfare.config.yaml, or WELFARE_BROWSER, PUPPETEER_EXECUTABLE_PATH or CHROME_PATH. Use --format html to build without PDFs.`;
}
