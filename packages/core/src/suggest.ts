/** "Did you mean…" suggestions from ids and from names folded for diacritics. */
import { distance } from 'fastest-levenshtein';
import { foldDiacritics } from './text.js';

/**
 * Results for strings seen before. Every unknown reference is compared with every id (and name)
 * of the model, so without this each one would fold the whole model again.
 */
function memoized(compute: (text: string) => string): (text: string) => string {
  const results = new Map<string, string>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      if (results.size >= 200_000) results.clear(); // bounded: a long-running process sees many models
      result = compute(text);
      results.set(text, result);
    }
    return result;
  };
}

const foldCandidate = memoized(foldDiacritics);

/** The closest candidate within a distance proportional to the length, or undefined. */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = foldDiacritics(value);
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const folded = foldCandidate(candidate);
    // The distance is at least the difference in length: such a candidate cannot be within the
    // limit, nor closer than the best so far (an equal distance can still win on order).
    if (Math.abs(folded.length - wanted.length) > Math.min(limit, bestDistance)) continue;
    const d = distance(wanted, folded);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Turns a name into the id an architect would likely write: "Bộ Công an" → "bo-cong-an". */
export const slugify = memoized((text: string) =>
  foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, ''),
);
