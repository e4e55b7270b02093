/** Width of the bar in characters. */
const BAR_WIDTH = 30;

/** The part of a writable stream the bar needs; `isTTY` decides whether it draws at all. */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

/** A progress display: `tick` once per finished job, `done` once at the end. */
export interface ProgressBar {
  tick(): void;
  done(): void;
}

/** A one-line progress bar redrawn in place; does nothing unless the stream is a terminal (logs stay clean). */
export function createProgressBar(total: number, stream: ProgressStream): ProgressBar {
  if (!stream.isTTY || total <= 1) return { tick() {}, done() {} };
  let finished = 0;
  const draw = () => {
    const filled = Math.round((finished / total) * BAR_WIDTH);
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${finished}/${total}`);
  };
  draw();
  return {
    tick() {
      finished += 1;
      draw();
    },
    done() {
      // Carriage return and erase-line, so the next message starts on a clean line.
      stream.write('\r\u001b[K');
    },
  };
}
