// Runs Electronegativity (Doyensec's Electron security linter) over the Electron shell's source and
// fails on any finding above informational that electronegativity-accepted.json does not explain.
// Offline by design: the scan's two network calls (fresh translations, Electron's release list) are cut.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The options exist for the test that shows this gate fails on a bad window.
const { values: args } = parseArgs({ options: { input: { type: 'string' }, accepted: { type: 'string' } } });
const input = path.resolve(args.input ?? path.join(root, 'src-main', 'electron'));
const acceptedFile = path.resolve(args.accepted ?? path.join(root, 'electronegativity-accepted.json'));
const require = createRequire(import.meta.url);
const enginePath = require.resolve('@doyensec/electronegativity');

// Its translation download would only replace bundled English text: answer it with a refusal at once.
const got = createRequire(enginePath).resolve('got');
require(got);
require.cache[got].exports = Object.assign(() => Promise.reject(new Error('offline')), { head: () => Promise.reject(new Error('offline')) });
process.env.LANG = 'en-US';
const run = require(enginePath);

const accepted = JSON.parse(fs.readFileSync(acceptedFile, 'utf8'));
for (const a of accepted) {
  if (!a.id || !a.file || !a.reason?.trim()) throw new Error(`${acceptedFile}: every entry needs id, file and reason: ${JSON.stringify(a)}`);
}

const silenced = console.log;
console.log = () => {}; // the engine chats about the skipped downloads
let result;
try {
  result = await run({
    input,
    electronVersionOverride: require('electron/package.json').version,
    // Compares against Electron's release list downloaded from GitHub: not possible offline; the Electron
    // version is pinned in package-lock.json and upgraded deliberately.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
} finally {
  console.log = silenced;
}

const failures = [];
// A file it could not parse was not checked at all.
for (const e of result.errors) if (!e.tolerable) failures.push(`could not parse ${path.relative(root, e.file)}: ${e.message}`);

const used = new Set();
let explained = 0;
for (const issue of result.issues) {
  if (issue.severity.value === 0) continue; // informational
  // Global checks report no file ("N/A").
  const file = path.isAbsolute(issue.file) ? path.relative(root, issue.file).split(path.sep).join('/') : issue.file;
  const match = accepted.find((a) => a.id === issue.id && a.file === file);
  const where = `${issue.id} (${issue.severity.name}, ${issue.confidence.name}) at ${file}:${issue.location.line}`;
  if (match) {
    used.add(match);
    explained++;
  } else {
    failures.push(`${where}: ${issue.description}\n    ${issue.shortenedURL}`);
  }
}
for (const a of accepted) if (!used.has(a)) failures.push(`stale entry in ${path.basename(acceptedFile)}: ${a.id} in ${a.file} no longer occurs; remove it`);

if (failures.length) {
  console.error(`Electronegativity: ${failures.length} problem(s) in ${path.relative(root, input)}:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`Electronegativity: ${result.globalChecks + result.atomicChecks} checks over ${path.relative(root, input)}, no unexplained finding (${explained} accepted with reasons in ${path.basename(acceptedFile)}).`);
