import cliProgress from 'cli-progress';
import type { BuildProgress } from '../index/build.js';
import { log } from '../log.js';

/** A progress bar on a terminal (stderr), plain log lines otherwise (CI, pipes, the bot). */
export function progressReporter(label: string): (p: BuildProgress) => void {
  if (!process.stderr.isTTY) {
    let lastPhase = '';
    return (p) => {
      if (p.phase !== lastPhase || p.done === p.total) {
        if (p.done === p.total || p.phase !== lastPhase) log.info(`${label}: ${p.phase} ${p.done}/${p.total}`);
        lastPhase = p.phase;
      }
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} {phase} [{bar}] {value}/{total}`,
      stream: process.stderr,
      clearOnComplete: true,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return (p) => {
    if (!started) {
      bar.start(p.total, 0, { phase: p.phase });
      started = true;
    }
    bar.setTotal(p.total);
    bar.update(p.done, { phase: p.phase });
    if (p.phase === 'write' && p.done === p.total) bar.stop();
  };
}
