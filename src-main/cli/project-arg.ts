import fs from 'node:fs';
import path from 'node:path';
import { ProjectStore } from '../store/project-store';

/** Opens the project a command names, creating the file when it is missing (as the CLI promises). */
export function openProjectArg(file: string | undefined): ProjectStore {
  if (!file) throw new Error('--project FILE is required');
  const absolute = path.resolve(file);
  return ProjectStore.open(absolute, { create: !fs.existsSync(absolute) });
}
