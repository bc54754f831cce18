/**
 * A progress line for long batches, on stderr and only when stderr is a terminal: "正在检查
 * 123/1000 …". Redrawn at most ten times a second; whatever else is written to the terminal
 * first clears it, so that the reports and the line never garble each other.
 */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Batches shorter than this finish before a progress line would help. */
export const PROGRESS_FROM = 10;

export class Progress {
  private done = 0;
  private errors = 0;
  private unreadable = 0;
  private shown = "";
  private lastDraw = 0;
  private readonly started: number;
  readonly active: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
    private readonly lang: "zh" | "en",
    private readonly now: () => number = Date.now,
  ) {
    this.active = !!stream.isTTY && total >= PROGRESS_FROM;
    this.started = now();
  }

  /** One more file done. */
  tick(outcome: { errors?: boolean; unreadable?: boolean } = {}): void {
    this.done++;
    if (outcome.errors) this.errors++;
    if (outcome.unreadable) this.unreadable++;
    if (!this.active) return;
    const t = this.now();
    if (t - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = t;
    this.draw();
  }

  /** Clears the line before something else is written to the terminal. */
  clear(): void {
    if (!this.active || this.shown === "") return;
    this.stream.write("\r\u001b[K");
    this.shown = "";
  }

  /** Redraws the line after something else was written. */
  redraw(): void {
    if (!this.active || this.done === 0 || this.done >= this.total) return;
    const t = this.now();
    if (t - this.lastDraw < 100) return; // the next tick draws it again
    this.lastDraw = t;
    this.draw();
  }

  /** The batch is over: the line goes away. */
  finish(): void {
    this.clear();
  }

  line(): string {
    const { done, total } = this;
    const percent = Math.floor((done / total) * 100);
    const elapsed = (this.now() - this.started) / 1000;
    const left = done > 0 && done < total ? Math.round((elapsed / done) * (total - done)) : undefined;
    return this.lang === "zh"
      ? `正在检查 ${done}/${total}（${percent}%）· 有错误 ${this.errors} · 无法读取 ${this.unreadable}${left !== undefined ? ` · 约剩 ${left} 秒` : ""}`
      : `checking ${done}/${total} (${percent}%) · ${this.errors} with errors · ${this.unreadable} unreadable${left !== undefined ? ` · about ${left} s left` : ""}`;
  }

  private draw(): void {
    // A terminal that does not say its width (0 or absent) is taken as 80 columns.
    const width = Math.max(20, (this.stream.columns || 80) - 1);
    const text = this.line();
    // CJK characters take two columns.
    let cols = 0;
    let cut = text.length;
    for (let i = 0; i < text.length; i++) {
      cols += text.charCodeAt(i) > 0x2e80 ? 2 : 1;
      if (cols > width) {
        cut = i;
        break;
      }
    }
    this.shown = text.slice(0, cut);
    this.stream.write(`\r\u001b[K${this.shown}`);
  }
}
