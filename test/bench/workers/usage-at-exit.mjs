// Loaded with `node --import` before a measured command: writes the process's own resource usage
// (peak memory, CPU time) at exit to the file the benchmark names, since a parent cannot read a
// child's peak memory from Node.
import { writeFileSync } from 'node:fs';

const file = process.env.KIENTRUC_BENCH_USAGE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
