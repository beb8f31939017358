// The one API table: every method, its input and its output. Both shells and the renderer use it.
import type { z } from 'zod';
import { backupsApi } from './backups';
import { entitiesApi } from './entities';
import { exchangeApi } from './exchange';
import { importApi } from './import';
import { projectApi } from './project';
import { timelineApi } from './timeline';

export const api = {
  ...projectApi,
  ...entitiesApi,
  ...exchangeApi,
  ...importApi,
  ...timelineApi,
  ...backupsApi,
};

export type Api = typeof api;
export type Method = keyof Api;
export type Input<M extends Method> = z.input<Api[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Api[M]['input']>;
export type Output<M extends Method> = z.output<Api[M]['output']>;

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(api, name);
}

export * from './backups';
export * from './define';
export * from './entities';
export * from './exchange';
export * from './import';
export * from './project';
export * from './timeline';
