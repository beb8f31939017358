// Parley's command line: `npm run -s cli -- <command> [options]`.
import { UsageError, type Command } from './args';
import { exportCommand } from './export';
import { extractCommand } from './extract';
import { importCommand } from './import';
import { importDataCommand } from './import-data';
import { serveCommand } from './serve';

const COMMANDS: Command[] = [serveCommand, importCommand, extractCommand, exportCommand, importDataCommand];

const HELP = `Parley: timelines of negotiations, offline.

usage: parley <command> [options]     (from the repo: npm run -s cli -- <command> [options])

commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}

Run "parley <command> --help" for a command's options.`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`parley: unknown command "${name}"\n\n${HELP}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    await command.run(rest);
    return 0;
  } catch (e) {
    const usage = e instanceof UsageError;
    process.stderr.write(`parley ${name}: ${(e as Error).message}\n${usage ? `\n${command.usage}\n` : ''}`);
    return usage ? 2 : 1;
  }
}

const code = await main(process.argv.slice(2));
if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
