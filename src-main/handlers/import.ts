import { acceptImport } from '../import/accept';
import { articleBytes } from '../import/article-input';
import type { DomainHandlers } from './types';

export const importHandlers: DomainHandlers<'import.propose' | 'import.accept'> = {
  // The extraction engine (wink-nlp and its model, Readability, pdf.js) loads on the first import, not at start-up.
  'import.propose': async (input, s) => (await import('../import/propose')).proposeImport(s.store, articleBytes(input)),
  'import.accept': (input, s) => acceptImport(s.store, input),
};
