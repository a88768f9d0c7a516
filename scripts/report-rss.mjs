/**
 * Preload for the benchmark: `node --import ./scripts/report-rss.mjs PROGRAM …`.
 * When the process exits, writes its peak resident set size in KiB to stderr as a line of its
 * own, `@@maxrss=123456`, which scripts/bench.mjs parses out.
 *
 * On Linux the number is VmHWM from /proc/self/status, not process.resourceUsage().maxRSS:
 * ru_maxrss survives fork + execve, so a child spawned by a 400 MiB parent reports ≥ 400 MiB
 * whatever it uses itself (checked on Node 20: child maxRSS 404 MiB, VmHWM 39 MiB). VmHWM
 * belongs to the process's own address space and starts afresh at exec. Elsewhere: maxRSS.
 */
import { readFileSync } from 'node:fs';

function peakRssKiB() {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  process.stderr.write(`\n@@maxrss=${peakRssKiB()}\n`);
});
