import { posix, win32 } from 'node:path';
import { ExitCode, WelfareError, type Said } from '../core/errors.js';
import { inEach, inEachBy, phrase, type MessageLanguage } from '../core/messages.js';
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
  constructor(message: Said, hint: Said) {
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
      const named = (lang: MessageLanguage) => ({ source: sourceName(source, lang), value });
      throw new BrowserNotFound(inEachBy(says.notThere, named), inEachBy(says.fullPath, named));
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
  throw new BrowserNotFound(inEach(says.none), inEach(says.install, system.platform));
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

/** Where the browser was named, as the message says it: the config's `browser:` has words of its own. */
const sourceName = (source: string, lang: MessageLanguage) => (source === 'config browser' ? { en: source, sv: "'browser:' i welfare.config.yaml", fi: "welfare.config.yaml-tiedoston 'browser:'" }[lang] : source);

const install: Record<System['platform'], Record<MessageLanguage, string>> = {
  linux: {
    en: 'install one: `apt-get install chromium` (Debian, Ubuntu: `apt-get install chromium-browser`), `dnf install chromium`, or Chrome from https://www.google.com/chrome/',
    sv: 'installera en: `apt-get install chromium` (Debian, Ubuntu: `apt-get install chromium-browser`), `dnf install chromium`, eller Chrome från https://www.google.com/chrome/',
    fi: 'asenna jokin: `apt-get install chromium` (Debian, Ubuntu: `apt-get install chromium-browser`), `dnf install chromium` tai Chrome osoitteesta https://www.google.com/chrome/',
  },
  wsl: {
    en: 'install one inside WSL (`apt-get install chromium`), or Chrome or Edge on Windows',
    sv: 'installera en i WSL (`apt-get install chromium`), eller Chrome eller Edge i Windows',
    fi: 'asenna jokin WSL:ään (`apt-get install chromium`) tai Chrome tai Edge Windowsiin',
  },
  darwin: {
    en: 'install Chrome from https://www.google.com/chrome/ or Edge from https://www.microsoft.com/edge',
    sv: 'installera Chrome från https://www.google.com/chrome/ eller Edge från https://www.microsoft.com/edge',
    fi: 'asenna Chrome osoitteesta https://www.google.com/chrome/ tai Edge osoitteesta https://www.microsoft.com/edge',
  },
  win32: {
    en: 'install Chrome from https://www.google.com/chrome/ or Edge from https://www.microsoft.com/edge',
    sv: 'installera Chrome från https://www.google.com/chrome/ eller Edge från https://www.microsoft.com/edge',
    fi: 'asenna Chrome osoitteesta https://www.google.com/chrome/ tai Edge osoitteesta https://www.microsoft.com/edge',
  },
};

const says = {
  notThere: phrase<{ source: string; value: string }>(
    (p) => `${p.source} names a browser that is not there or cannot be run: ${p.value}`,
    (p) => `${p.source} anger en webbläsare som inte finns eller inte kan köras: ${p.value}`,
    (p) => `${p.source} nimeää selaimen, jota ei ole tai jota ei voi käynnistää: ${p.value}`,
  ),
  fullPath: phrase<{ source: string }>(
    (p) => `give the full path of a Chrome, Chromium or Edge program, or drop ${p.source} to let welfare look for an installed one`,
    (p) => `ange hela sökvägen till ett Chrome-, Chromium- eller Edge-program, eller ta bort ${p.source} så letar welfare efter en installerad webbläsare`,
    (p) => `anna Chrome-, Chromium- tai Edge-ohjelman koko polku tai poista ${p.source}, niin welfare etsii asennetun selaimen`,
  ),
  none: phrase(() => 'no Chrome, Chromium or Edge found to print PDFs with', () => 'ingen Chrome, Chromium eller Edge hittades att skriva ut PDF-filer med', () => 'PDF-tiedostojen tulostamiseen ei löytynyt Chromea, Chromiumia eikä Edgeä'),
  install: phrase<System['platform']>(
    (platform) => `${install[platform].en}; or point welfare at one with --browser <path>, \`browser:\` in welfare.config.yaml, or WELFARE_BROWSER, PUPPETEER_EXECUTABLE_PATH or CHROME_PATH. Use --format html to build without PDFs.`,
    (platform) => `${install[platform].sv}; eller visa welfare var en finns med --browser <sökväg>, \`browser:\` i welfare.config.yaml, eller WELFARE_BROWSER, PUPPETEER_EXECUTABLE_PATH eller CHROME_PATH. Använd --format html för att bygga utan PDF-filer.`,
    (platform) => `${install[platform].fi}; tai osoita welfarelle selain valitsimella --browser <polku>, kohdassa \`browser:\` tiedostossa welfare.config.yaml tai muuttujalla WELFARE_BROWSER, PUPPETEER_EXECUTABLE_PATH tai CHROME_PATH. Valitsimella --format html koonti tehdään ilman PDF-tiedostoja.`,
  ),
};
