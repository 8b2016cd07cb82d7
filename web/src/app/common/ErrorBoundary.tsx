import { Component, type ErrorInfo, type ReactNode } from "react";
import { t } from "../i18n/t";

/** Keeps a failure in one part of the UI (a room) from blanking the whole app. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Parley UI error", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="parley-empty" role="alert">
        <p>{t("genericError")}</p>
        <button type="button" className="parley-button" onClick={() => this.setState({ failed: false })}>
          {t("retry")}
        </button>
      </div>
    );
  }
}
