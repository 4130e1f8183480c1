import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { t } from '../i18n/t';

class Boundary extends Component<{ children: ReactNode; pathname: string }, { hasFailed: boolean }> {
  override state = { hasFailed: false };

  static getDerivedStateFromError(): { hasFailed: boolean } {
    return { hasFailed: true };
  }

  /** Another page after a failure starts afresh; a page that works is never remounted (the editor moves from /nouvelle to its id). */
  override componentDidUpdate(previous: { pathname: string }): void {
    if (this.state.hasFailed && previous.pathname !== this.props.pathname) this.setState({ hasFailed: false });
  }

  override render(): ReactNode {
    if (!this.state.hasFailed) return this.props.children;
    return (
      <div role="alert" className="form-status error" data-testid="page-load-failed">
        <p>{t('app.pageFailed')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('app.reloadPage')}
        </button>
      </div>
    );
  }
}

/**
 * A page that cannot be shown (its code could not be loaded, or it failed while drawing) says so in French
 * with a way out, instead of leaving a blank window; the header and the menu stay. Another page starts afresh.
 */
export function PageLoadBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary pathname={pathname}>{children}</Boundary>;
}
