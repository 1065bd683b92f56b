// Peak memory of a process tree, sampled from /proc (Linux) every ~100 ms.
import { readdirSync, readFileSync } from 'node:fs';

export interface MemoryPeak {
  /** Highest VmHWM (peak RSS) of any single process in the tree, bytes. */
  largest: number;
  /** Command name of that process. */
  largestName: string;
  /** Highest sum of VmRSS over the whole tree at one sample, bytes. */
  tree: number;
  /** Current RSS sum of the tree at the last sample, bytes. */
  current: number;
  samples: number;
}

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may contain spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function statusOf(pid: number): { rss: number; hwm: number; name: string } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    let name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?';
    try {
      // "node …/astro build" reads better than the thread name ("MainThread")
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const base = (s: string) => s.split('/').at(-1) ?? s;
      const script = argv.slice(1).find((a) => !a.startsWith('-'));
      if (argv[0]) name = script ? `${base(argv[0])} ${base(script)}` : base(argv[0]);
    } catch {
      // keep the status name
    }
    return { rss: kb('VmRSS'), hwm: kb('VmHWM'), name };
  } catch {
    return undefined;
  }
}

/** Starts sampling the tree under `rootPid`; `stop()` returns the peaks. */
export function sampleMemory(
  rootPid: number,
  intervalMs = 100,
  onSample?: (peak: MemoryPeak) => void,
): { peak: () => MemoryPeak; stop: () => MemoryPeak } {
  const result: MemoryPeak = { largest: 0, largestName: '', tree: 0, current: 0, samples: 0 };
  const tick = () => {
    const kids = children();
    const stack = [rootPid];
    let sum = 0;
    while (stack.length) {
      const pid = stack.pop()!;
      const s = statusOf(pid);
      if (s) {
        sum += s.rss;
        if (s.hwm > result.largest) {
          result.largest = s.hwm;
          result.largestName = s.name;
        }
      }
      stack.push(...(kids.get(pid) ?? []));
    }
    result.current = sum;
    result.tree = Math.max(result.tree, sum);
    result.samples++;
    onSample?.(result);
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    peak: () => ({ ...result }),
    stop: () => {
      clearInterval(timer);
      return { ...result };
    },
  };
}
