// Bundles the Electron shell: main.ts → dist-electron/main.cjs, preload.ts → dist-electron/preload.cjs.
// Electron loads CommonJS, and the sandboxed preload cannot require anything but electron, so both are
// single files; better-sqlite3 stays external because its native addon is rebuilt for Electron.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --out lets the bundle test build into a temp folder instead of the shared dist-electron.
const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const out = path.resolve(args.out ?? path.join(root, 'dist-electron'));

// A CommonJS bundle has no import.meta.url: give each module the URL of its source path mirrored under
// dist-electron, and copy src-main's non-code files there, so `new URL('../x.txt', import.meta.url)` works.
const importMetaUrl = {
  name: 'import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const relative = path.relative(root, args.path).split(path.sep).join('/');
      const url = `require('node:url').pathToFileURL(require('node:path').join(__dirname, ${JSON.stringify(relative)})).href`;
      return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

function copyAssets(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const from = path.join(dir, entry.name);
    if (entry.isDirectory()) copyAssets(from);
    else if (!/\.(ts|tsx)$/.test(entry.name)) {
      const to = path.join(out, path.relative(root, from));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
    }
  }
}

const common = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node22', sourcemap: true, logLevel: 'warning',
  // playwright-core and vite serve only the browser shell's PDF printing (Electron registers its own
  // printer): left to node_modules rather than bundled, and never loaded on Electron's path.
  external: ['electron', 'better-sqlite3', 'playwright-core', 'vite'], plugins: [importMetaUrl],
};

fs.rmSync(out, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: [path.join(root, 'src-main/electron/main.ts')], outfile: path.join(out, 'main.cjs') }),
  build({ ...common, entryPoints: [path.join(root, 'src-main/electron/preload.ts')], outfile: path.join(out, 'preload.cjs') }),
]);
copyAssets(path.join(root, 'src-main'));
console.log(`Built ${path.relative(root, out)}/main.cjs and preload.cjs`);
