// A timed build: wall time, CPU time and peak memory of a command's whole process tree, for our
// build and Starlight's alike. Peak memory is sampled from /proc every 100 ms (VmHWM, the peak RSS
// of each process, and the sum of VmRSS over the tree); GNU time adds the CPU time and its own
// maximum RSS.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';

export interface TimedRun {
  ok: boolean;
  exit: number | null;
  wallMs: number;
  /** User + system CPU time of all processes (GNU time), if /usr/bin/time exists. */
  cpuMs?: number;
  /** The largest process's peak RSS, its command, and the peak sum over the tree. */
  peak: { bytes: number; name: string; tree: number };
  /** 1-minute load average just before the start (other work on the machine). */
  loadBefore: number;
  /** The last lines of output, for a failure. */
  tail: string[];
}

/** Parent pid → child pids, from /proc. */
function childrenByParent(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]); // comm may hold spaces and parentheses
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function sampleTree(rootPid: number, peak: TimedRun['peak']) {
  const kids = childrenByParent();
  let sum = 0;
  for (const stack = [rootPid]; stack.length; ) {
    const pid = stack.pop()!;
    stack.push(...(kids.get(pid) ?? []));
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const bytes = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
      sum += bytes('VmRSS');
      if (bytes('VmHWM') > peak.bytes) {
        // "node astro.mjs" reads better than the thread name ("MainThread")
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).map((a) => a.split('/').at(-1)!);
        peak.bytes = bytes('VmHWM');
        peak.name = [argv[0], argv.slice(1).find((a) => !a.startsWith('-'))].filter(Boolean).join(' ');
      }
    } catch {
      // gone
    }
  }
  peak.tree = Math.max(peak.tree, sum);
}

/** Runs `command args` in `cwd` with `env`, writing its output to `logFile`. */
export async function timedRun(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<TimedRun> {
  const gnuTime = existsSync('/usr/bin/time');
  const timeFile = `${options.logFile}.time`;
  const loadBefore = loadavg()[0]!;
  const start = performance.now();
  const child = gnuTime
    ? spawn('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const peak = { bytes: 0, name: '', tree: 0 };
  const timer = setInterval(() => sampleTree(child.pid!, peak), 100);
  const log = createWriteStream(options.logFile);
  const tail: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      log.write(`+${((performance.now() - start) / 1000).toFixed(3)}s ${line}\n`);
      tail.push(line);
      if (tail.length > 20) tail.shift();
    });
  }
  const exit = await new Promise<number | null>((done) => child.on('close', done));
  const wallMs = performance.now() - start;
  clearInterval(timer);
  await new Promise((done) => log.end(done));
  const [user, sys, maxKb] = gnuTime && existsSync(timeFile) ? (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number) : [];
  peak.bytes = Math.max(peak.bytes, (maxKb || 0) * 1024); // the largest process, should it end between two samples
  const cpuMs = Number.isFinite(user) && Number.isFinite(sys) ? (user! + sys!) * 1000 : undefined;
  return { ok: exit === 0, exit, wallMs, cpuMs, peak, loadBefore, tail };
}
