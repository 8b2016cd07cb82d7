import type { CallNote } from "../../client";
import type { MessageKey } from "../i18n/en";
import { PhoneIcon } from "../common/icons";
import { t } from "../i18n/t";
import { formatDuration } from "./media";

const KEYS: Record<CallNote["outcome"], MessageKey> = {
  answered: "callLogAnswered",
  missed: "callLogMissed",
  rejected: "callLogRejected",
  busy: "callLogBusy",
  cancelled: "callLogCancelled",
};

/** What a call left in the timeline: its outcome, and how long it lasted when answered. */
export function callLogText(note: CallNote): string {
  return t(KEYS[note.outcome], { duration: formatDuration(note.durationMs ?? 0) });
}

export function CallLog({ note }: { note: CallNote }) {
  return (
    <p className="parley-call-log" data-outcome={note.outcome} data-call-id={note.id}>
      <PhoneIcon size={14} />
      {callLogText(note)}
    </p>
  );
}
