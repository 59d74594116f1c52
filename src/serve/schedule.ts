/**
 * When to rebuild: a moment after the last change (an editor's save is several file events,
 * a `git checkout` many), never two builds at once, and changes made during a build make
 * exactly one more build after it, which sees them all.
 */
export class BuildScheduler {
  private readonly changed = new Set<string>();
  private requested = false;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    /** Builds; the paths are what changed since the last build began (none for the first). */
    private readonly build: (changes: string[]) => Promise<void>,
    private readonly quietMs = 100,
  ) {}

  /** Something changed (or, with no path, a build is wanted anyway). */
  request(path?: string): void {
    if (this.stopped) return;
    if (path !== undefined) this.changed.add(path);
    this.requested = true;
    if (this.running) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.start(), this.quietMs);
  }

  /** No more builds; resolves when the one under way, if any, has finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private start(): void {
    this.timer = undefined;
    if (this.stopped || !this.requested) return;
    const changes = [...this.changed];
    this.changed.clear();
    this.requested = false;
    this.running = this.build(changes)
      .catch(() => {}) // the build reports its own failures; the schedule goes on
      .finally(() => {
        this.running = undefined;
        if (this.requested) this.request();
      });
  }
}
