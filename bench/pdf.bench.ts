// PDF export of a 1,000-event project (with 250 statements), printed the way the CLI prints it.
// Goal: at most 5 s. Run: npx tsx bench/pdf.bench.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrintOptions } from '../shared/print-options';
import { ensureRendererBuilt } from '../src-main/app/renderer-build';
import { exportPdf } from '../src-main/export/pdf';
import { ProjectStore } from '../src-main/store/project-store';
import { fillLongProject } from '../test/fixtures/export-projects';

const GOAL_MS = 5000;
const RUNS = 3;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-pdf-bench-'));
try {
  const file = path.join(dir, 'long.parley');
  const store = ProjectStore.open(file, { create: true });
  fillLongProject(store, 1000);
  store.close();
  await ensureRendererBuilt(); // a build is not part of an export
  const times: number[] = [];
  let pages = 0, bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = await exportPdf({ file }, PrintOptions.parse({}), path.join(dir, `out-${i}.pdf`));
    times.push(performance.now() - started);
    ({ pages, bytes } = result);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  console.log(`PDF of 1,000 events + 250 statements: ${pages} pages, ${(bytes / 1024 / 1024).toFixed(1)} MB; median of ${RUNS}: ${(median / 1000).toFixed(2)} s (goal ≤ ${GOAL_MS / 1000} s) ${median <= GOAL_MS ? 'OK' : 'SLOWER THAN THE GOAL'}`);
  console.log(`runs: ${times.map((t) => (t / 1000).toFixed(2)).join(' s, ')} s`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
