import type { ApiErrorCode } from '../../shared/api/define';

/** A failure the user can act on; its message is shown as is, so it names the file or entity. */
export class ParleyError extends Error {
  constructor(readonly code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ParleyError';
  }
}

export const notFound = (what: string, id: string) => new ParleyError('not_found', `No ${what} with id ${id}.`);
