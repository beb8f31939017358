import fs from 'node:fs';
import path from 'node:path';
import { defaultProjectPath, userDataDir } from '../app/paths';
import { ensureDefaultProject } from '../app/default-project';
import { ensureRendererBuilt } from '../app/renderer-build';
import { openAppWindow, CHROMIUM_HINT } from '../chromium';
import { createDispatcher } from '../dispatch';
import { Session } from '../handlers';
import { startWebShell } from '../web/server';
import { parse, type Command } from './args';

export interface ServeOptions { project?: string; port?: number; open: boolean }

/** Starts the browser shell on a project (the default one when none is named) and prints its URL. */
export async function runServe(options: ServeOptions): Promise<void> {
  const project = options.project ? path.resolve(options.project) : defaultProjectPath();
  if (!options.project) ensureDefaultProject(project);
  const session = new Session({ dataDir: userDataDir() });
  session.open(project, !fs.existsSync(project));
  const shell = await startWebShell({ dispatch: createDispatcher(session), rendererDir: await ensureRendererBuilt(), port: options.port });
  process.stdout.write(`PARLEY_URL=${shell.url}\n`);
  process.stderr.write(`Parley is serving ${project} on ${shell.origin} (Ctrl+C to stop).\n`);
  if (options.open && !openAppWindow(shell.url, path.join(userDataDir(), 'chromium-profile'))) {
    process.stderr.write(`No Chromium found to open the app window (${CHROMIUM_HINT}); open the URL above in a browser.\n`);
  }
  const stop = () => { session.close(); void shell.close().then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Start the browser shell and print PARLEY_URL=<url>',
  usage: `parley serve [--project FILE] [--port N] [--no-open]

Starts Parley's browser shell on 127.0.0.1 and prints exactly one line, PARLEY_URL=<url>, on stdout.
The URL carries this launch's access token. The project file is created when missing; with no
--project, the default project in your data folder is opened (created with a sample timeline).

  --project FILE   the .parley file to open
  --port N         the port to listen on (default: a free one)
  --no-open        do not open a Chromium app window`,
  async run(argv) {
    const { values } = parse(argv, { project: { type: 'string' }, port: { type: 'string' }, 'no-open': { type: 'boolean' } });
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new Error(`--port must be a port number, not ${values.port}`);
    await runServe({ project: values.project, port, open: !values['no-open'] });
  },
};
