import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Whether the host is narrower than `rem` root ems, for a layout that a container query cannot
 * give (content folded, not only moved). It is read before the first render, so that render
 * already has the right layout, and kept current by a ResizeObserver as the host is resized.
 *
 * A change seen by the ResizeObserver re-renders at the next frame, not in the observer's
 * callback: a re-render there would resize the observed host within the same frame, which the
 * browser reports as an error ("ResizeObserver loop completed with undelivered notifications").
 */
export class NarrowController implements ReactiveController {
  narrow = false;
  private measured = false;
  private readonly observer = new ResizeObserver(() => {
    const narrow = this.measure();
    if (narrow === this.narrow) return;
    requestAnimationFrame(() => {
      this.narrow = narrow;
      this.host.requestUpdate();
    });
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly rem: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** Before the first render only: later changes come from the observer, with no layout forced per update. */
  hostUpdate(): void {
    if (this.measured) return;
    this.narrow = this.measure();
    this.measured = this.host.offsetWidth > 0;
  }

  /** Narrow or not at the host's laid-out width; unchanged while it has none (hidden, not yet laid out). */
  private measure(): boolean {
    const width = this.host.offsetWidth;
    if (!width) return this.narrow;
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    return width < this.rem * root;
  }
}
