// The single entry point for API calls from any shell: validate, run the handler, return a typed result.
import { z } from 'zod';
import { api, isMethod, type ApiErrorShape, type ApiResponse } from '../shared/api';
import { handlers, type Session } from './handlers';
import { ParleyError } from './store/errors';

export interface DispatchOptions {
  /** Also check each result against its output schema (tests turn this on). */
  checkOutput?: boolean;
  /** Where unexpected failures are logged with their stack; never sent to the caller. */
  log?: (message: string) => void;
}

function issuesOf(error: z.ZodError): NonNullable<ApiErrorShape['issues']> {
  return error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
}

/** Maps anything thrown by a handler to an error a user can read. */
export function toApiError(e: unknown, log?: (message: string) => void): ApiErrorShape {
  if (e instanceof ParleyError) return { code: e.code, message: e.message };
  const code = (e as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_FULL') return { code: 'file_error', message: 'The disk is full: the change was not saved. Free some space and try again.' };
    if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY')) return { code: 'file_error', message: 'The project file is read-only: the change was not saved.' };
    if (code.startsWith('SQLITE_CONSTRAINT')) return { code: 'conflict', message: `The change conflicts with the project's data: ${(e as Error).message}` };
    if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      return { code: 'file_error', message: `The project file could not be written or read (${code}); the change was not saved.` };
    }
  }
  log?.(`internal error: ${(e as Error)?.stack ?? String(e)}`);
  return { code: 'internal', message: `Parley hit an unexpected problem: ${(e as Error)?.message ?? String(e)}` };
}

/** The path of the first string that holds an unpaired surrogate (SQLite would store U+FFFD instead). */
function illFormedText(value: unknown, at = ''): string | null {
  if (typeof value === 'string') return value.isWellFormed() ? null : at || '(input)';
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = illFormedText(v, at ? `${at}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

export function createDispatcher(session: Session, options: DispatchOptions = {}) {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  return async function dispatch(method: string, input: unknown): Promise<ApiResponse<unknown>> {
    if (!isMethod(method)) return { ok: false, error: { code: 'unknown_method', message: `Unknown API method: ${String(method).slice(0, 100)}` } };
    const spec = api[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${method}.`, issues: issuesOf(parsed.error) } };
    }
    const badText = illFormedText(parsed.data);
    if (badText) {
      return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${method}: text with a broken character (an unpaired surrogate).`, issues: [{ path: badText, message: 'not well-formed Unicode' }] } };
    }
    try {
      const handler = handlers[method] as (input: unknown, session: Session) => unknown;
      const value = await handler(parsed.data, session);
      if (options.checkOutput) {
        const checked = spec.output.safeParse(value);
        if (!checked.success) throw new Error(`${method} returned a value its schema refuses: ${JSON.stringify(issuesOf(checked.error))}`);
      }
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: toApiError(e, log) };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
