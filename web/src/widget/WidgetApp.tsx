import { useState } from "react";
import { t } from "../app/i18n/t";
import { HostedChat, type HostedChatProps } from "../host/HostedChat";

export type WidgetMode = "full" | "single" | "compact";

export interface WidgetProps extends Omit<HostedChatProps, "mode"> {
  mode: WidgetMode;
}

/** The widget's app: the hosted chat, or (compact) a floating button that opens it in a panel. */
export function WidgetApp(props: WidgetProps) {
  if (props.mode === "compact") return <CompactWidget {...props} />;
  return <HostedChat {...props} mode={props.mode === "single" && props.room ? "single" : "full"} />;
}

function CompactWidget(props: WidgetProps) {
  const [open, setOpen] = useState(false);
  return (
    <div className="parley-compact">
      {open && (
        <div className="parley-compact-panel" role="dialog" aria-label={t("appName")}>
          <HostedChat {...props} mode={props.room ? "single" : "full"} />
        </div>
      )}
      <button type="button" className="parley-compact-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t("closeChat") : t("openChat")}
      </button>
    </div>
  );
}
