import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Counts a progress value from 0 to 1 once, the first time the host is scrolled into view.
 * The host multiplies its figures by `progress`. Until `enabled` is set, progress stays at 1.
 */
export class CountUpController implements ReactiveController {
  /** 0 before the count starts, 1 when it has ended (or never runs). */
  progress = 1;
  private observer?: IntersectionObserver;
  private frame = 0;
  private done = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly duration = 1600,
  ) {
    host.addController(this);
  }

  /** Arms the count (while it has not yet run) or disarms it, showing final values. */
  set enabled(on: boolean) {
    if (on && !this.done && !this.observer && typeof IntersectionObserver === 'function') {
      this.progress = 0;
      this.observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) this.start();
      });
      this.observer.observe(this.host);
    } else if (!on && this.progress < 1) {
      this.finish();
    }
  }

  hostDisconnected(): void {
    if (this.progress < 1) this.finish();
  }

  private start(): void {
    this.stopObserving();
    const begin = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - begin) / this.duration);
      this.progress = 1 - (1 - t) ** 3; // ease-out: fast first, settling on the final value
      this.host.requestUpdate();
      if (t < 1) this.frame = requestAnimationFrame(tick);
      else this.done = true;
    };
    this.frame = requestAnimationFrame(tick);
  }

  private finish(): void {
    cancelAnimationFrame(this.frame);
    this.stopObserving();
    this.progress = 1;
    this.done = true;
    this.host.requestUpdate();
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
