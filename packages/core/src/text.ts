/** Vietnamese text helpers: NFC normalisation and diacritic folding for matching and search. */

/** Folds case and Vietnamese diacritics: "Đăng ký" → "dang ky". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export function isNfc(text: string): boolean {
  // Pure ASCII is always NFC; checking first avoids normalising most files.
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u007f]*$/.test(text) || text === text.normalize('NFC');
}

/** Returns the value with every string (keys included) in NFC. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => normalizeDeep(item)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key.normalize('NFC')] = normalizeDeep(item);
    return out as T;
  }
  return value;
}
