/**
 * The parse worker (see parse-parallel.ts): waits for its job, then takes files from the shared
 * counter and sends each parse result back as a V8-serialised disk cache entry, until none is left.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { NEXT, parseHere, SENT, type ParseJob, type ParseResultMessage } from './parse-parallel.js';

const port = (workerData as { port: MessagePort }).port;
port.once('message', ({ bytes, offsets, limits, control }: ParseJob) => {
  const counters = new Int32Array(control);
  for (let i = Atomics.add(counters, NEXT, 1); i < offsets.length - 1; i = Atomics.add(counters, NEXT, 1)) {
    let message: ParseResultMessage;
    try {
      const { parsed, entry } = parseHere(new Uint8Array(bytes, offsets[i]!, offsets[i + 1]! - offsets[i]!), limits, true);
      message = { index: i, entry: entry!, text: parsed.text };
    } catch (error) {
      message = { index: i, error: String(error) };
    }
    port.postMessage(message);
    Atomics.add(counters, SENT, 1);
    Atomics.notify(counters, SENT);
  }
  port.close();
});
