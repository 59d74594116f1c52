import { type BrowserFinder, windowsLocations, wslLocations } from './finder.js';

const windowsExe = 'Google\\Chrome\\Application\\chrome.exe';

export const chrome: BrowserFinder = {
  name: 'Google Chrome',
  locations(platform, env) {
    switch (platform) {
      case 'linux':
        return ['google-chrome-stable', 'google-chrome', '/opt/google/chrome/chrome'];
      case 'darwin':
        return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', `${env.HOME ?? ''}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`];
      case 'win32':
        return windowsLocations(env, windowsExe, ['LOCALAPPDATA', 'PROGRAMFILES', 'PROGRAMFILES(X86)']);
      case 'wsl':
        return wslLocations(windowsExe);
    }
  },
};
