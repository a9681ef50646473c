// The ELK layout engine (elkjs's `elk-worker.min.js`), loaded so that a thread can call it
// synchronously. Plain JavaScript, shared by the layout workers and the tests.
//
// Why not elkjs's own front end: `elk.bundled.js` hands every layout to this engine and back
// through two `setTimeout(0)` hops, about 2.5 ms of idling per layout, a sixth of a small view's
// layout. A worker thread can call the engine's message dispatcher directly instead: the same
// requests and answers, without the timers.
//
// Two changes are made to the engine's code as it is loaded. Neither changes a layout; the test
// `layout.test.ts` lays out the same views with and without them and compares every coordinate.
// - Cast checks off. The engine is Java compiled to JavaScript by GWT, which checks every cast
//   at run time (GWT's `-XdisableCastChecking` turns this off; elkjs is built with the checks
//   on). A check only ever fails on a bug in ELK itself; it cost about a fifth of all layout
//   time (context views 0.80 of the time without, integration views 0.69 with both changes).
// - Layout options remember their hash. Java strings cache their hash code; the compiled code
//   computes an option id's hash afresh on every look-up of an option, a few percent of layout
//   time.
// elkjs is pinned to one version in package.json: the changes are exact text replacements in
// that version's code, and loading fails loudly if one of them no longer matches.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { compileFunction } from 'node:vm';

const require = createRequire(import.meta.url);
const ENGINE_FILE = require.resolve('elkjs/lib/elk-worker.min.js');

/** Exact replacements in elkjs 0.11.1's `elk-worker.min.js`. */
export const ENGINE_CHANGES = [
  {
    what: 'cast checks off (castTo returns its argument)',
    from: 'function JD(a,b){SDb(a==null||ID(a,b));return a}',
    to: 'function JD(a,b){return a}',
  },
  {
    what: 'layout options remember their hash (Property.hashCode)',
    from: '_.Hb=function vEd(){return vgb(this.b)};',
    to: '_.Hb=function vEd(){return this.$hash??(this.$hash=vgb(this.b))};',
  },
];

/**
 * Loads a fresh copy of the engine and returns its synchronous `layout(graph)`.
 * `changed: false` loads elkjs's code as published (for the tests that compare); `source`
 * replaces the engine's code (for the test that shows unknown code is refused).
 */
export function loadEngine({ changed = true, source = readFileSync(ENGINE_FILE, 'utf8') } = {}) {
  if (changed) {
    for (const change of ENGINE_CHANGES) {
      const at = source.indexOf(change.from);
      if (at < 0 || source.indexOf(change.from, at + 1) >= 0) {
        throw new Error(`elkjs's engine code is not the expected one (${change.what}): elkjs must be the version pinned in generators/diagrams/package.json`);
      }
      source = source.slice(0, at) + change.to + source.slice(at + change.from.length);
    }
  }
  // Evaluated like a CommonJS module of its own (it sets `module.exports`).
  const module = { exports: {} };
  compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: ENGINE_FILE })(
    module.exports,
    require,
    module,
    ENGINE_FILE,
    dirname(ENGINE_FILE),
  );
  const EngineWorker = module.exports.Worker ?? module.exports.default;
  const engine = new EngineWorker();
  let answer;
  engine.onmessage = ({ data }) => {
    answer = data;
  };
  /** One request to the engine, answered before this returns. */
  const request = (message) => {
    answer = undefined;
    engine.dispatcher.saveDispatch({ data: { id: 0, ...message } });
    if (answer === undefined) throw new Error('the ELK engine did not answer synchronously');
    if (answer.error) throw answer.error;
    return answer.data;
  };
  request({ cmd: 'register', algorithms: ['layered'] });
  return { layout: (graph) => request({ cmd: 'layout', graph }) };
}
