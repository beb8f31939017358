// Small helpers for names: normalising for comparison, and turning a name into a pattern that
// tolerates the spelling variants news copy uses (Al-Jazeera / Al Jazeera, ’ / ').

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** A name as copy typed without its diacritics writes it: "Ağaoğlu" → "Agaoglu", "Łukasz" → "Lukasz", "ʿIrfānī" → "Irfani". */
export function withoutDiacritics(name: string): string {
  return name.normalize('NFD').replace(/[\p{M}ʻʿʾ]/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .replace(/ø/g, 'o').replace(/Ø/g, 'O').normalize('NFC');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function namePattern(name: string): string {
  return escapeRegExp(name)
    .replace(/['’]/g, "['’]")
    .replace(/(\\?-| )/g, '[-\\s]');
}

/** One regex for many names, longest first, anchored on word boundaries. */
export function namesRegex(names: string[]): RegExp | null {
  const unique = [...new Set(names.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(namePattern).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** The key a surface form is looked up by: exact case, unified apostrophes and separators. */
export function formKey(surface: string): string {
  return surface.replace(/[’]/g, "'").replace(/[-\s]+/g, ' ');
}
