import { Component, type ReactNode } from 'react';

/**
 * The chart is a separate download. If it fails (a new version of the hub was deployed
 * while the page was open, say), the table beside it still has every fact, so the chart is
 * left out instead of taking the whole report down.
 */
export class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('The level chart could not be shown; the table has the same facts', error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
