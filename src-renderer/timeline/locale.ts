// The date-fns locale for the user's language, so axis labels read the way the user expects.
import type { Locale } from 'date-fns';
import { ar, de, enGB, enUS, es, fr, he, it, nl, pt, ru, tr, uk } from 'date-fns/locale';

const BY_TAG: Record<string, Locale> = { 'en-US': enUS, 'en-GB': enGB, en: enUS, ar, de, es, fr, he, it, nl, pt, ru, tr, uk };

export function localeFor(tag: string): Locale {
  return BY_TAG[tag] ?? BY_TAG[tag.split('-')[0]] ?? enUS;
}

export const userLocale = (): Locale => localeFor(typeof navigator === 'undefined' ? 'en-US' : navigator.language);
