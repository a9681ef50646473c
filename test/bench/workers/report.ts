/** Worker side of the benchmark protocol: time a stage, then print one `BENCH {json}` line. */

export interface Timed<T> {
  value: T;
  ms: number;
  cpuMs: number;
}

export function timed<T>(run: () => T): Timed<T> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Reports a measurement with the process's peak memory so far. */
export function report(measurement: { ms: number; cpuMs: number; [extra: string]: unknown }): void {
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`BENCH ${JSON.stringify({ ...measurement, rssMb })}\n`);
}
