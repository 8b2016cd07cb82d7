import { useCallback, useState, type CSSProperties } from "react";
import { t } from "../app/i18n/t";
import { HostedChat, type HostedChatProps } from "../host/HostedChat";
import type { HostEvent } from "../host/protocol";

export type WidgetMode = "full" | "single" | "compact";

export interface WidgetProps extends Omit<HostedChatProps, "mode"> {
  mode: WidgetMode;
}

/** The widget's app: the hosted chat, or (compact) a floating button that opens it in a panel. */
export function WidgetApp(props: WidgetProps) {
  if (props.mode === "compact") return <CompactWidget {...props} />;
  return <HostedChat {...props} mode={props.mode === "single" && props.room ? "single" : "full"} />;
}

const PREVIEW_CHARS = 80;

/**
 * The compact widget keeps a light connection while closed (the chat is mounted, hidden, with
 * its one WebSocket; nothing counts as read), so its launcher shows the unread count and a
 * preview of the newest message — a customer sees that the agent answered. The launcher
 * follows the theme (docs/benchmarks.md measures what the closed widget costs).
 */
function CompactWidget(props: WidgetProps) {
  const [open, setOpen] = useState(false);
  const [unread, setUnread] = useState(0);
  const [preview, setPreview] = useState<string | null>(null);
  const [themeStyle, setThemeStyle] = useState<CSSProperties>({});
  const { emit } = props;

  const watch = useCallback(
    (event: HostEvent) => {
      if (event.type === "unread") {
        setUnread(event.total);
        if (event.total === 0) setPreview(null);
      } else if (event.type === "message") {
        const line = event.text.replace(/\s+/g, " ").trim();
        setPreview(line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS - 1)}…` : line);
      }
      emit(event);
    },
    [emit],
  );
  const followTheme = useCallback(
    (style: CSSProperties) => setThemeStyle((held) => (JSON.stringify(held) === JSON.stringify(style) ? held : style)),
    [],
  );
  const label = unread > 0 ? `${t("openChat")}, ${t("unreadCount", { count: unread })}` : t("openChat");

  return (
    <div className="parley-compact" style={themeStyle}>
      <div className="parley-compact-panel" role="dialog" aria-label={t("appName")} hidden={!open}>
        <HostedChat {...props} emit={watch} hidden={!open} onThemeStyle={followTheme} mode={props.room ? "single" : "full"} />
      </div>
      {!open && unread > 0 && preview && (
        <p className="parley-compact-preview" data-testid="launcher-preview" aria-hidden="true">
          {preview}
        </p>
      )}
      <button
        type="button"
        className="parley-compact-button"
        aria-expanded={open}
        aria-label={open ? t("closeChat") : label}
        onClick={() => setOpen(!open)}
      >
        {open ? t("closeChat") : t("openChat")}
        {!open && unread > 0 && (
          <span className="parley-compact-badge" data-testid="launcher-badge" aria-hidden="true">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
    </div>
  );
}
