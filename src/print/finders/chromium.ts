import { type BrowserFinder, windowsLocations } from './finder.js';

export const chromium: BrowserFinder = {
  name: 'Chromium',
  locations(platform, env) {
    switch (platform) {
      case 'linux':
        // Debian names the command chromium, Ubuntu and Fedora chromium-browser; snap has its own bin.
        return ['chromium', 'chromium-browser', '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];
      case 'darwin':
        return ['/Applications/Chromium.app/Contents/MacOS/Chromium', `${env.HOME ?? ''}/Applications/Chromium.app/Contents/MacOS/Chromium`];
      case 'win32':
        return windowsLocations(env, 'Chromium\\Application\\chrome.exe', ['LOCALAPPDATA']);
      case 'wsl':
        // Chromium for Windows installs per user, where WSL cannot tell which user folder is ours.
        return [];
    }
  },
};
