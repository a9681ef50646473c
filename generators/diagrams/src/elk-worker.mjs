// Runs elkjs in a worker thread: receives ELK input JSON, answers with the laid-out graph.
// Plain JavaScript so that a worker starts without a TypeScript loader.
//
// elkjs's own front end (`elk.bundled.js`) hands every layout to its layout engine and back
// through two `setTimeout(0)` hops, which cost this thread about 2.5 ms of idling per layout,
// a sixth of a small view's layout. This thread is a worker already, so it drives the engine
// (`elk-worker.min.js`, the same code the bundle wraps) directly and synchronously, through the
// engine's message dispatcher: the same requests and answers, without the timers.
import { parentPort } from 'node:worker_threads';
import engineModule from 'elkjs/lib/elk-worker.min.js';

// CommonJS: the engine's worker class is the module's `Worker` or its default export.
const EngineWorker = engineModule.Worker ?? engineModule.default;
const engine = new EngineWorker();
let answer;
engine.onmessage = ({ data }) => {
  answer = data;
};

/** One request to the engine, answered before this returns. */
function request(message) {
  answer = undefined;
  engine.dispatcher.saveDispatch({ data: { id: 0, ...message } });
  if (answer === undefined) throw new Error('the ELK engine did not answer synchronously');
  if (answer.error) throw answer.error;
  return answer.data;
}

request({ cmd: 'register', algorithms: ['layered'] });

parentPort.on('message', ({ id, input }) => {
  try {
    const output = request({ cmd: 'layout', graph: JSON.parse(input) });
    parentPort.postMessage({ id, output: JSON.stringify(output) });
  } catch (error) {
    const message = error instanceof Error ? error.message : (error?.message ?? String(error));
    parentPort.postMessage({ id, error: message });
  }
});
