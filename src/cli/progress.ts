// A one-line progress display for long commands: count, rate, errors, redrawn at most
// ten times a second on stderr. Silent when stderr is not a terminal (pipes, CI, tests).

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;
  readonly enabled: boolean;

  constructor(private readonly label: string, private readonly stream: ProgressStream = process.stderr, enabled?: boolean) {
    this.enabled = enabled ?? Boolean(stream.isTTY);
  }

  /** Redraws with the current figures (throttled); `extra` holds further `name value` pairs. */
  update(count: number, extra: Record<string, number> = {}, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const secs = Math.max((now - this.started) / 1000, 0.001);
    const parts = [`${this.label} ${count}`, `${Math.round(count / secs)}/s`];
    for (const [k, v] of Object.entries(extra)) parts.push(`${k} ${v}`);
    let line = parts.join(' · ');
    const width = (this.stream.columns ?? 80) - 1;
    if (line.length > width) line = line.slice(0, width);
    this.stream.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  /** Prints a line above the progress display (e.g. a per-document error). */
  log(line: string, out: ProgressStream = this.stream): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    out.write(line.endsWith('\n') ? line : `${line}\n`);
    this.lastDraw = 0;
  }

  /** Removes the display. */
  done(): void {
    if (this.enabled && this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
