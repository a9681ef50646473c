/** "Did you mean…" suggestions from ids and from names folded for diacritics. */
import { distance } from 'fastest-levenshtein';
import { foldDiacritics } from './text.js';

/** The closest candidate within a distance proportional to the length, or undefined. */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = foldDiacritics(value);
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(wanted, foldDiacritics(candidate));
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Turns a name into the id an architect would likely write: "Bộ Công an" → "bo-cong-an". */
export function slugify(text: string): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
