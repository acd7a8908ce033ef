import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Tracks a media query (e.g. `prefers-reduced-motion: reduce`) and re-renders when it flips. */
export class MediaQueryController implements ReactiveController {
  matches = false;
  private readonly query: MediaQueryList;
  private readonly onChange = () => {
    this.matches = this.query.matches;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    query: string,
  ) {
    this.query = matchMedia(query);
    this.matches = this.query.matches;
    host.addController(this);
  }

  hostConnected(): void {
    this.matches = this.query.matches;
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query.removeEventListener('change', this.onChange);
  }
}
