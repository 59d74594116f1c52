import { describe, expect, it } from 'vitest';
import { ExitCode, inLanguage } from '../src/core/errors.js';
import { BrowserNotFound, findBrowser } from '../src/print/index.js';
import type { Platform, System } from '../src/print/system.js';

/** A machine described by its platform, environment and the programs installed on it. */
function machine(platform: Platform, installed: string[], env: NodeJS.ProcessEnv = {}): System {
  const files = new Set(installed);
  return { platform, env, isExecutable: (path) => files.has(path) };
}

describe('findBrowser', () => {
  it('takes --browser first, then the config, then WELFARE_BROWSER, PUPPETEER_EXECUTABLE_PATH, CHROME_PATH', () => {
    const env = { WELFARE_BROWSER: '/w', PUPPETEER_EXECUTABLE_PATH: '/p', CHROME_PATH: '/c' };
    const system = machine('linux', ['/a', '/b', '/w', '/p', '/c', '/usr/bin/chromium'], env);
    expect(findBrowser({ browser: '/a', configBrowser: '/b', system })).toMatchObject({ path: '/a', source: '--browser' });
    expect(findBrowser({ configBrowser: '/b', system })).toMatchObject({ path: '/b', source: 'config browser' });
    expect(findBrowser({ system })).toMatchObject({ path: '/w', source: 'WELFARE_BROWSER' });
    expect(findBrowser({ system: machine('linux', ['/p', '/c'], { ...env, WELFARE_BROWSER: '' }) })).toMatchObject({ path: '/p', source: 'PUPPETEER_EXECUTABLE_PATH' });
    expect(findBrowser({ system: machine('linux', ['/c'], { CHROME_PATH: '/c' }) })).toMatchObject({ path: '/c', source: 'CHROME_PATH' });
  });

  it('never replaces a browser the user named but that is missing', () => {
    const system = machine('linux', ['/usr/bin/chromium'], { CHROME_PATH: '/opt/gone/chrome' });
    const error = catchError(() => findBrowser({ system }));
    expect(error).toBeInstanceOf(BrowserNotFound);
    expect(error.exitCode).toBe(ExitCode.environment);
    expect(error.message).toBe('CHROME_PATH names a browser that is not there or cannot be run: /opt/gone/chrome');
  });

  it('looks a bare name up on PATH', () => {
    const system = machine('linux', ['/usr/local/bin/chromium'], { PATH: '/usr/bin:/usr/local/bin' });
    expect(findBrowser({ browser: 'chromium', system }).path).toBe('/usr/local/bin/chromium');
  });

  it('on Linux prefers Chrome, then Chromium, then Edge', () => {
    const path = { PATH: '/usr/bin' };
    expect(findBrowser({ system: machine('linux', ['/usr/bin/microsoft-edge', '/usr/bin/chromium', '/usr/bin/google-chrome'], path) })).toMatchObject({ path: '/usr/bin/google-chrome', source: 'Google Chrome' });
    expect(findBrowser({ system: machine('linux', ['/usr/bin/microsoft-edge', '/usr/bin/chromium-browser'], path) })).toMatchObject({ path: '/usr/bin/chromium-browser', source: 'Chromium' });
    expect(findBrowser({ system: machine('linux', ['/opt/microsoft/msedge/msedge'], path) })).toMatchObject({ path: '/opt/microsoft/msedge/msedge', source: 'Microsoft Edge' });
    expect(findBrowser({ system: machine('linux', ['/snap/bin/chromium'], {}) }).path).toBe('/snap/bin/chromium');
  });

  it('finds the app bundles on macOS', () => {
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findBrowser({ system: machine('darwin', [edge]) })).toMatchObject({ path: edge, source: 'Microsoft Edge', windowsFromWsl: false });
    const userChrome = '/Users/anna/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({ system: machine('darwin', [edge, userChrome], { HOME: '/Users/anna' }) }).path).toBe(userChrome);
  });

  it('finds Chrome and Edge in the Windows program folders', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\anna\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(findBrowser({ system: machine('win32', [edge], env) }).path).toBe(edge);
    expect(findBrowser({ system: machine('win32', [edge, chrome], env) }).path).toBe(chrome);
    expect(findBrowser({ browser: 'C:\\Tools\\chrome.exe', system: machine('win32', ['C:\\Tools\\chrome.exe'], env) }).path).toBe('C:\\Tools\\chrome.exe');
  });

  it('inside WSL prefers a Linux browser and otherwise starts the Windows one', () => {
    const edge = '/mnt/c/Program Files (x86)/Microsoft/Edge/Application/msedge.exe';
    expect(findBrowser({ system: machine('wsl', [edge, '/usr/bin/chromium']) })).toMatchObject({ path: '/usr/bin/chromium', windowsFromWsl: false });
    expect(findBrowser({ system: machine('wsl', [edge]) })).toMatchObject({ path: edge, source: 'Microsoft Edge', windowsFromWsl: true });
    expect(findBrowser({ browser: edge, system: machine('wsl', [edge]) }).windowsFromWsl).toBe(true);
  });

  it('without any browser says how to install one, per platform, and exits with code 2', () => {
    for (const [platform, advice] of [
      ['linux', 'apt-get install chromium'],
      ['wsl', 'apt-get install chromium'],
      ['darwin', 'https://www.google.com/chrome/'],
      ['win32', 'https://www.microsoft.com/edge'],
    ] as const) {
      const error = catchError(() => findBrowser({ system: machine(platform, []) }));
      expect(error).toBeInstanceOf(BrowserNotFound);
      expect(error.exitCode).toBe(2);
      expect(error.message).toBe('no Chrome, Chromium or Edge found to print PDFs with');
      for (const lang of ['en', 'sv', 'fi'] as const) {
        expect(inLanguage(error.options.hint!, lang)).toContain(advice);
        expect(inLanguage(error.options.hint!, lang)).toContain('WELFARE_BROWSER');
      }
    }
  });
});

function catchError(fn: () => unknown): BrowserNotFound {
  try {
    fn();
  } catch (error) {
    return error as BrowserNotFound;
  }
  throw new Error('expected an error');
}
