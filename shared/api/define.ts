// The shape of one API method: a zod schema of its input and one of its output.
import { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** A short human description, shown in errors and docs. */
  doc: string;
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string): MethodSpec<I, O> {
  return { input, output, doc };
}

export const Empty = z.object({}).strict().default({});
export const Ok = z.object({ ok: z.literal(true) });

export const API_ERROR_CODES = [
  'invalid_input', 'unknown_method', 'not_found', 'no_project', 'conflict', 'file_error', 'unsupported', 'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const ApiErrorShape = z.object({
  code: z.enum(API_ERROR_CODES),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
