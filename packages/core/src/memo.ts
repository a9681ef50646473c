/**
 * A function of one object, computed once per object and kept for as long as the object lives.
 * Files and elements of unchanged content are the same objects from one check to the next (the
 * parse cache), and a graph never changes once linked, so what is kept this way carries over to
 * a re-check without ever going stale.
 */
export function keptPerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined && !kept.has(key)) {
      value = compute(key);
      kept.set(key, value);
    }
    return value as V;
  };
}
