import { type BrowserFinder, windowsLocations, wslLocations } from './finder.js';

const windowsExe = 'Microsoft\\Edge\\Application\\msedge.exe';

export const edge: BrowserFinder = {
  name: 'Microsoft Edge',
  locations(platform, env) {
    switch (platform) {
      case 'linux':
        return ['microsoft-edge-stable', 'microsoft-edge', '/opt/microsoft/msedge/msedge'];
      case 'darwin':
        return ['/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', `${env.HOME ?? ''}/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge`];
      case 'win32':
        // Edge ships with Windows 10 and 11 in Program Files (x86), even on 64-bit systems.
        return windowsLocations(env, windowsExe, ['PROGRAMFILES(X86)', 'PROGRAMFILES', 'LOCALAPPDATA']);
      case 'wsl':
        return wslLocations(windowsExe).reverse();
    }
  },
};
