// Exports land whole or not at all: written beside the target, then renamed over it.
import fs from 'node:fs';
import path from 'node:path';
import { ParleyError } from '../store/errors';

export function writeExportFile(outPath: string, data: string | Uint8Array): { path: string; bytes: number } {
  const target = path.resolve(outPath);
  const temp = `${target}.${process.pid}.partial`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new ParleyError('file_error', `Could not write ${target}: ${(e as Error).message}`);
  }
  return { path: target, bytes: fs.statSync(target).size };
}
