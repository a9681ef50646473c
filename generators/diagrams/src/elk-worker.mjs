// Runs elkjs in a worker thread: receives ELK input JSON, answers with the laid-out graph.
// Plain JavaScript so that a worker starts without a TypeScript loader.
import { parentPort } from 'node:worker_threads';
import elkModule from 'elkjs/lib/elk.bundled.js';

// elk.bundled.js is CommonJS: its class is the module itself or its default export.
const ELK = elkModule.default ?? elkModule;
const elk = new ELK();

parentPort.on('message', async ({ id, input }) => {
  try {
    const output = await elk.layout(JSON.parse(input));
    parentPort.postMessage({ id, output: JSON.stringify(output) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
