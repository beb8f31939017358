import { acceptImport } from '../import/accept';
import { articleBytes } from '../import/article-input';
import { proposeImport } from '../import/propose';
import type { DomainHandlers } from './types';

export const importHandlers: DomainHandlers<'import.propose' | 'import.accept'> = {
  'import.propose': (input, s) => proposeImport(s.store, articleBytes(input)),
  'import.accept': (input, s) => acceptImport(s.store, input),
};
