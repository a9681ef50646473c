/**
 * Parsing many files on two threads: the loader's own and a parse worker's. On a national model
 * parsing is most of a cold check, and machines have two cores or more.
 *
 * The loader starts the worker before it reads the files, so the worker boots (about a quarter of
 * a second through tsx) while the loader reads and hashes. Then both threads take files in turn
 * from one shared counter: neither waits for the other, and a worker that starts late, or not at
 * all, only parses less. The worker sends each result as its disk cache entry (V8-serialised),
 * which the loader deserialises and can store as it came, with the file's text (copying a string
 * costs less than decoding the UTF-8 again). The loader waits for results synchronously
 * (`Atomics.wait`, `receiveMessageOnPort`), so loading stays a synchronous function. Parsing is
 * pure, so which thread parsed a file changes nothing: a result comes back exactly as computed
 * (V8 serialisation keeps property order and numbers).
 */
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { parseModelText, toEntry, type LoadLimits, type ParsedEntry, type ParsedText } from './parse.js';

/** Below this many bytes to parse, a worker (about 0.1 s of the other core to start) is not worth it. */
export const PARALLEL_MIN_BYTES = 1024 * 1024;
/** With no result from the worker for this long, the loader parses the files the worker had taken. */
const STALL_MS = 10_000;

/** Indexes into the shared control array: the next file to take, and the results sent. */
export const NEXT = 0;
export const SENT = 1;

/** The files the worker is given. */
export interface ParseJob {
  /** Every file's bytes, one after the other. */
  bytes: SharedArrayBuffer;
  /** Where each file starts in `bytes`, and where the last one ends. */
  offsets: number[];
  limits: LoadLimits;
  /** Int32 [NEXT, SENT]. */
  control: SharedArrayBuffer;
}

/** What the worker sends for each file it took. */
export type ParseResultMessage = { index: number; entry: Uint8Array; text: string } | { index: number; error: string };

export interface Parsed {
  parsed: ParsedText;
  /** The parse result as a V8-serialised disk cache entry, when asked for. */
  entry?: Uint8Array;
}

/** Loads the worker module, through tsx's require hook when running from the TypeScript sources. */
const BOOT = `const { workerData } = require('node:worker_threads');
if (workerData.tsx) require(workerData.tsx).register();
require(workerData.entry);`;

function workerModule(): { entry: string; tsx?: string } {
  const own = fileURLToPath(import.meta.url);
  const entry = fileURLToPath(new URL(`./parse-worker${extname(own)}`, import.meta.url));
  return extname(own) === '.ts' ? { entry, tsx: createRequire(import.meta.url).resolve('tsx/cjs/api') } : { entry };
}

/** Parses one file on this thread (the loader's or the worker's), with its cache entry when asked. */
export function parseHere(bytes: Uint8Array, limits: LoadLimits, entries: boolean): Parsed {
  const parsed = parseModelText(bytes, limits);
  return entries ? { parsed, entry: serialize(toEntry(parsed)) } : { parsed };
}

/** A parse worker, started before its files are known so that it boots while they are read. */
export class ParseWorker {
  /** Files the worker parsed in its one job. */
  parsed = 0;
  private used = false;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
  ) {}

  /** Starts a worker, or returns undefined when none can start here (the loader then parses alone). */
  static start(): ParseWorker | undefined {
    try {
      const { port1, port2 } = new MessageChannel();
      // No execArgv: the loader's own flags (`--import tsx`, profiling) would only slow the worker down.
      const worker = new Worker(BOOT, { eval: true, workerData: { ...workerModule(), port: port2 }, transferList: [port2], execArgv: [] });
      // A worker that fails is replaced by the loader's own parsing, never an exception.
      worker.on('error', () => {});
      worker.unref();
      return new ParseWorker(worker, port1);
    } catch {
      return undefined;
    }
  }

  /**
   * Parses the inputs, in order, on both threads (`helpHere: false` leaves every file to the
   * worker, for tests). The worker ends afterwards.
   */
  parse(inputs: Uint8Array[], limits: LoadLimits, options: { entries: boolean; helpHere?: boolean }): Parsed[] {
    if (this.used) throw new Error('a parse worker takes one job');
    this.used = true;
    const total = inputs.reduce((sum, bytes) => sum + bytes.byteLength, 0);
    const bytes = new SharedArrayBuffer(total);
    const offsets = [0];
    for (const input of inputs) {
      new Uint8Array(bytes, offsets.at(-1)!, input.byteLength).set(input);
      offsets.push(offsets.at(-1)! + input.byteLength);
    }
    const control = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    const counters = new Int32Array(control);
    this.port.postMessage({ bytes, offsets, limits, control } satisfies ParseJob);

    const results: (Parsed | undefined)[] = new Array(inputs.length);
    let taken = 0;
    if (options.helpHere !== false) {
      for (let i = Atomics.add(counters, NEXT, 1); i < inputs.length; i = Atomics.add(counters, NEXT, 1)) {
        results[i] = parseHere(inputs[i]!, limits, options.entries);
        taken++;
      }
    }
    // When this thread stops taking files, the worker's results are on their way (or, when it
    // leaves every file to the worker, the worker takes them all).
    const expected = options.helpHere === false ? inputs.length : inputs.length - taken;
    let received = 0;
    let heard = performance.now();
    while (received < expected) {
      const message = receiveMessageOnPort(this.port)?.message as ParseResultMessage | undefined;
      if (message) {
        received++;
        heard = performance.now();
        // A file the worker failed on is parsed here again, where a failure is reported as usual.
        if ('entry' in message) {
          const { index, entry, text } = message;
          const { documents, diagnostics } = deserialize(entry) as ParsedEntry;
          results[index] = { parsed: { text, documents, diagnostics }, ...(options.entries ? { entry } : {}) };
          this.parsed++;
        }
        continue;
      }
      if (performance.now() - heard > STALL_MS) break;
      Atomics.wait(counters, SENT, received, 100);
    }
    this.stop();
    return results.map((result, i) => result ?? parseHere(inputs[i]!, limits, options.entries));
  }

  /** Ends the worker (it is also ended by `parse`). */
  stop(): void {
    this.used = true;
    this.port.close();
    void this.worker.terminate();
  }
}

/**
 * Parses each input, in order, with the worker's help when there is enough to parse (the worker
 * is ended either way). `entries`: also return each result as a disk cache entry.
 */
export function parseMany(inputs: Uint8Array[], limits: LoadLimits, options: { entries: boolean; worker?: ParseWorker | undefined }): Parsed[] {
  const total = inputs.reduce((sum, bytes) => sum + bytes.byteLength, 0);
  if (options.worker && inputs.length >= 2 && total >= PARALLEL_MIN_BYTES) return options.worker.parse(inputs, limits, { entries: options.entries });
  options.worker?.stop();
  return inputs.map((bytes) => parseHere(bytes, limits, options.entries));
}
