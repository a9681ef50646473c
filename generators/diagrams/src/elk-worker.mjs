// Runs elkjs in a worker thread: receives ELK input JSON, answers with the laid-out graph.
// Plain JavaScript so that a worker starts without a TypeScript loader. The engine is called
// synchronously (see elk-engine.mjs).
import { parentPort } from 'node:worker_threads';
import { loadEngine } from './elk-engine.mjs';

const engine = loadEngine();

parentPort.on('message', ({ id, input }) => {
  try {
    const output = engine.layout(JSON.parse(input));
    parentPort.postMessage({ id, output: JSON.stringify(output) });
  } catch (error) {
    // The engine throws plain objects with a `message` as well as Errors.
    parentPort.postMessage({ id, error: error?.message ?? String(error) });
  }
});
