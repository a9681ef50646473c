/**
 * The layout port: elkjs in a pool of worker threads, one per core by default. Layout is the
 * slow step and pure, so it runs in parallel and off the main thread. Idle workers do not keep
 * the process alive, and `closeLayoutPool()` ends them all.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const WORKER_URL = new URL('./elk-worker.mjs', import.meta.url);

interface Task {
  id: number;
  input: string;
  resolve(output: string): void;
  reject(error: Error): void;
}

interface PoolWorker {
  worker: Worker;
  task?: Task;
}

export class LayoutPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly size: number = defaultWorkers()) {}

  /** Lays out an ELK input graph (JSON) and returns the ELK output (JSON). */
  layout(input: string): Promise<string> {
    if (this.closed) return Promise.reject(new Error('the layout pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let idle = this.workers.find((w) => !w.task);
      if (!idle && this.workers.length < this.size) idle = this.spawn();
      if (!idle) return;
      const task = this.queue.shift()!;
      idle.task = task;
      idle.worker.ref();
      idle.worker.postMessage({ id: task.id, input: task.input });
    }
  }

  private spawn(): PoolWorker {
    // A plain .mjs worker: no TypeScript loader to start (execArgv would pass the parent's).
    const entry: PoolWorker = { worker: new Worker(WORKER_URL, { execArgv: [] }) };
    entry.worker.on('message', (message: { id: number; output?: string; error?: string }) => {
      const task = entry.task;
      entry.task = undefined;
      entry.worker.unref();
      if (task && task.id === message.id) {
        if (message.error !== undefined) task.reject(new Error(`ELK layout failed: ${message.error}`));
        else task.resolve(message.output!);
      }
      this.dispatch();
    });
    entry.worker.on('error', (error) => this.retire(entry, error));
    entry.worker.on('exit', (code) => {
      if (!this.closed) this.retire(entry, new Error(`layout worker stopped (exit code ${code})`));
    });
    this.workers.push(entry);
    return entry;
  }

  /** A worker that failed: its task fails, the others go on with a fresh worker. */
  private retire(entry: PoolWorker, error: Error): void {
    const index = this.workers.indexOf(entry);
    if (index < 0) return;
    this.workers.splice(index, 1);
    entry.task?.reject(error);
    entry.task = undefined;
    void entry.worker.terminate();
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('the layout pool was closed'));
    const workers = this.workers.splice(0);
    for (const { task } of workers) task?.reject(new Error('the layout pool was closed'));
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

let shared: LayoutPool | undefined;

/** The process-wide pool, created on first use with `workers` threads (default: the cores). */
export function layoutPool(workers?: number): LayoutPool {
  if (!shared || (workers !== undefined && shared.size !== workers)) {
    void shared?.close();
    shared = new LayoutPool(workers);
  }
  return shared;
}

/** Ends the workers of the shared pool; the next layout starts a new pool. */
export async function closeLayoutPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
