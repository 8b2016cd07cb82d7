import { useId, useState } from "react";
import { Dialog } from "../../app/common/Dialog";
import { useModal } from "../../app/common/useModal";
import type { AdminApi, Webhook } from "../adminApi";
import { at } from "../strings";
import { adminError } from "../useAction";
import { SecretOnce } from "./SecretOnce";

/** The event types a subscription may name (the WebSocket protocol's; docs/webhooks.md), beside `*` for all. */
export const WEBHOOK_EVENTS = [
  "message.new",
  "message.updated",
  "message.deleted",
  "message.stop_requested",
  "reaction.added",
  "reaction.removed",
  "room.created",
  "room.updated",
  "room.deleted",
  "room.frozen",
  "member.added",
  "member.updated",
  "member.removed",
  "member.banned",
  "member.unbanned",
  "member.muted",
  "member.unmuted",
  "read",
  "call.updated",
  "invitation.changed",
] as const;

const ALL = "*";

/** Checkboxes for the events: "all events" (`*`) or any of the types. */
function EventsPicker({ chosen, onChange }: { chosen: string[]; onChange: (events: string[]) => void }) {
  const all = chosen.includes(ALL);
  const toggle = (event: string, on: boolean) => onChange(on ? [...chosen.filter((e) => e !== event), event] : chosen.filter((e) => e !== event));
  return (
    <fieldset className="parley-admin-events">
      <legend>{at("eventsLegend")}</legend>
      <label className="parley-admin-check parley-admin-events-all">
        <input type="checkbox" checked={all} onChange={(e) => onChange(e.target.checked ? [ALL] : [])} />
        <span>{at("allEvents")}</span>
      </label>
      {WEBHOOK_EVENTS.map((event) => (
        <label key={event} className="parley-admin-check">
          <input type="checkbox" disabled={all} checked={all || chosen.includes(event)} onChange={(e) => toggle(event, e.target.checked)} />
          <code>{event}</code>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Creates a subscription (URL and events) or edits one (events, active). `onDone` gets the
 * saved webhook (a created one with its secret), or null when cancelled.
 */
export function WebhookDialog({ api, editing, onDone }: { api: AdminApi; editing: Webhook | null; onDone: (saved: Webhook | null) => void }) {
  const [url, setUrl] = useState(editing?.url ?? "https://");
  const [events, setEvents] = useState<string[]>(editing?.events ?? [ALL]);
  const [active, setActive] = useState(editing?.active ?? true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (events.length === 0) {
      setError(at("noEventChosen"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone(editing ? await api.updateWebhook(editing.id, { events, active }) : await api.createWebhook(url.trim(), events));
    } catch (e) {
      setError(adminError(e));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={editing ? at("editWebhookTitle", { url: editing.url }) : at("newWebhook")}
      submitLabel={editing ? at("save") : at("createWebhook")}
      busy={busy}
      error={error}
      onSubmit={() => void submit()}
      onClose={() => onDone(null)}
    >
      {!editing && (
        <label className="parley-admin-field parley-admin-wide">
          <span>{at("webhookUrl")}</span>
          <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
      )}
      <EventsPicker chosen={events} onChange={setEvents} />
      {editing && (
        <label className="parley-admin-check">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          <span>{at("activeLabel")}</span>
        </label>
      )}
    </Dialog>
  );
}

/** A new secret, shown this once, with a copy button; after a rotation, the 24-hour overlap is said. */
export function SecretDialog({ secret, rotated, onClose }: { secret: string; rotated: boolean; onClose: () => void }) {
  const ref = useModal();
  const titleId = useId();
  return (
    <dialog ref={ref} className="parley-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId}>{at("secretTitle")}</h2>
      <p>{at("secretOnce")}</p>
      {rotated && <p>{at("secretRotated")}</p>}
      <SecretOnce secret={secret} label={at("secretLabel")} />
      <div className="parley-dialog-actions">
        <button type="button" className="parley-button parley-button-primary" onClick={onClose}>
          {at("done")}
        </button>
      </div>
    </dialog>
  );
}
