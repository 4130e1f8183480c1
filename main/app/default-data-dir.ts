import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP_NAME } from './app-version';

/**
 * Where the browser host keeps its data when FACTURIER_DATA_DIR is not set: the same folder the desktop
 * app gets from Electron's app.getPath('userData'), so both open the same invoices.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.FACTURIER_DATA_DIR) return env.FACTURIER_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}
