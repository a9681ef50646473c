/**
 * Two lists each sorted by `key` in UTF-16 code-unit order (as `<` compares), no key in both,
 * merged in that order; the items of one key keep their order. Used where a re-check updates a
 * sorted list instead of sorting it again.
 */
export function mergeSorted<T>(a: T[], b: T[], key: (item: T) => string): T[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(key(a[i]!) < key(b[j]!) ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}
