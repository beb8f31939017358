// Where Parley keeps its files on each platform (the same folders Electron's app.getPath('userData') uses).
import os from 'node:os';
import path from 'node:path';

export function userDataDir(): string {
  if (process.env.PARLEY_DATA_DIR) return path.resolve(process.env.PARLEY_DATA_DIR);
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Parley');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Parley');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Parley');
}

export function defaultProjectPath(): string {
  return path.join(userDataDir(), 'Projects', 'My negotiations.parley');
}
