/**
 * Progress of the demo's steps. On a terminal one line is redrawn in place (a spinner, the step and
 * its percent); elsewhere (CI logs, pipes) each step prints one plain line when it ends.
 */
export interface Progress {
  /** Runs one step; `tick(fraction)` reports how far it is (0…1). */
  step<T>(label: string, work: (tick: (fraction: number) => void) => T): Promise<T>;
}

const FRAMES = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export function createProgress(stream: NodeJS.WriteStream, total: number, quiet = false): Progress {
  const tty = stream.isTTY === true && !quiet;
  let index = 0;
  let frame = 0;
  let lastDraw = 0;
  const draw = (label: string, fraction: number | null) => {
    const now = Date.now();
    if (fraction !== null && now - lastDraw < 60) return;
    lastDraw = now;
    frame = (frame + 1) % FRAMES.length;
    const pct = fraction === null ? "" : ` ${Math.round(100 * fraction)}%`;
    stream.write(`\r\x1b[2K${FRAMES[frame]} [${index}/${total}] ${label}…${pct}`);
  };
  return {
    async step(label, work) {
      index++;
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      if (tty) {
        draw(label, null);
        timer = setInterval(() => draw(label, null), 80);
        // Let the spinner show before the synchronous work starts.
        await new Promise((resolve) => setImmediate(resolve));
      }
      try {
        const result = work((fraction) => {
          if (tty) draw(label, fraction);
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (tty) stream.write(`\r\x1b[2K✓ [${index}/${total}] ${label} (${seconds} s)\n`);
        else if (!quiet) stream.write(`[${index}/${total}] ${label} … done in ${seconds} s\n`);
        return result;
      } catch (error) {
        if (tty) stream.write("\r\x1b[2K");
        throw error;
      } finally {
        if (timer !== undefined) clearInterval(timer);
      }
    },
  };
}
