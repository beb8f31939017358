// `npm run bench`: runs every bench/*.bench.ts in turn, each printing its own figures. Not a test:
// nothing here fails on a slow machine.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const benches = fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!only.length || only.some((o) => f.includes(o)))).sort();
let failed = 0;
for (const bench of benches) {
  process.stdout.write(`\n=== ${bench} ===\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, bench)], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; process.stdout.write(`(${bench} exited with ${r.status})\n`); }
}
process.exitCode = failed ? 1 : 0;
