import cliProgress from "cli-progress";

/** Progress on stderr: a bar with rate and ETA on a terminal, a plain line every few seconds otherwise, nothing when quiet. */
export interface Progress {
  update(done: number, failed: number, fraction: number | null): void;
  stop(): void;
}

export function createProgress(label: string, mode: { tty: boolean; quiet: boolean }): Progress {
  const started = Date.now();
  if (mode.quiet) return { update() {}, stop() {} };
  if (mode.tty) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {done} series, {failed} failed | {rate} series/s | ETA {eta_formatted}`, hideCursor: true, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    bar.start(1000, 0, { done: 0, failed: 0, rate: 0 });
    return {
      update(done, failed, fraction) {
        const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
        bar.update(fraction === null ? 0 : Math.round(fraction * 1000), { done, failed, rate });
      },
      stop() {
        bar.stop();
      },
    };
  }
  let last = 0;
  let lastDone = 0;
  return {
    update(done, failed, fraction) {
      const now = Date.now();
      if (now - last < 2000) return;
      last = now;
      lastDone = done;
      const seconds = (now - started) / 1000;
      const rate = done / Math.max(0.001, seconds);
      const eta = fraction !== null && fraction > 0 ? ` eta ${Math.round((seconds * (1 - fraction)) / fraction)}s` : "";
      const pct = fraction === null ? "" : ` ${(fraction * 100).toFixed(1)}%`;
      process.stderr.write(`${label}: ${done} series (${failed} failed)${pct} ${rate.toFixed(1)} series/s${eta}\n`);
    },
    stop() {
      void lastDone;
    },
  };
}
