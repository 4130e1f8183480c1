import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Watches the thread while work runs: the longest stall of the event loop (what the window would wait for
 * an answer) and the peak resident memory, sampled every 10 ms.
 */
export function startProbe() {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  return {
    stop() {
      clearInterval(timer);
      delay.disable();
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      return { maxStallMs: delay.max / 1e6, peakRssMb: peakRss / 1024 / 1024 };
    },
  };
}
