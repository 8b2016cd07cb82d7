import { useCallback, useEffect, useState } from "react";
import { useConfirm } from "../../app/common/useConfirm";
import type { AdminApi, Webhook } from "../adminApi";
import { formatTime } from "../format";
import { routeHref } from "../route";
import { at } from "../strings";
import { adminError, useAction } from "../useAction";
import { Failure, ListFooter, Notice } from "./SearchForm";
import { SecretDialog, WebhookDialog } from "./WebhookDialogs";

/**
 * The webhook subscriptions: create one (its secret shown once), edit its events or pause it,
 * rotate its secret, delete it; each links to its delivery log.
 */
export function WebhooksPage({ api }: { api: AdminApi }) {
  const [items, setItems] = useState<Webhook[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  const [editing, setEditing] = useState<Webhook | "new" | null>(null);
  const [secret, setSecret] = useState<{ value: string; rotated: boolean } | null>(null);
  const { notice, setNotice, failure, act } = useAction();
  const { confirm, dialog } = useConfirm();

  const load = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      setItems((await api.webhooks()).items);
    } catch (e) {
      setError(adminError(e));
    } finally {
      setBusy(false);
    }
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  const saved = (webhook: Webhook | null) => {
    const created = editing === "new";
    setEditing(null);
    if (!webhook) return;
    setItems((old) => (created ? [...old, webhook] : old.map((w) => (w.id === webhook.id ? webhook : w))));
    setNotice(at(created ? "webhookCreated" : "webhookUpdated", { url: webhook.url }));
    if (webhook.secret) setSecret({ value: webhook.secret, rotated: false });
  };
  const rotate = (webhook: Webhook) =>
    act(async () => {
      if (!(await confirm(at("confirmRotate", { url: webhook.url }), at("rotateSecret")))) return "";
      const rotated = await api.rotateWebhookSecret(webhook.id);
      if (rotated.secret) setSecret({ value: rotated.secret, rotated: true });
      return "";
    });
  const remove = (webhook: Webhook) =>
    act(async () => {
      if (!(await confirm(at("confirmDeleteWebhook", { url: webhook.url }), at("deleteWebhook")))) return "";
      await api.deleteWebhook(webhook.id);
      setItems((old) => old.filter((w) => w.id !== webhook.id));
      return at("webhookDeleted", { url: webhook.url });
    });

  return (
    <section aria-labelledby="admin-webhooks">
      <div className="parley-admin-heading">
        <h1 id="admin-webhooks">{at("webhooks")}</h1>
        <button type="button" className="parley-button parley-button-primary" onClick={() => setEditing("new")}>
          {at("newWebhook")}
        </button>
      </div>
      <p className="parley-muted">{at("webhooksHelp")}</p>
      <Notice text={notice} />
      <Failure text={failure} />
      <table className="parley-admin-table">
        <thead>
          <tr>
            <th scope="col">{at("urlColumn")}</th>
            <th scope="col">{at("eventsColumn")}</th>
            <th scope="col">{at("statusColumn")}</th>
            <th scope="col">{at("createdColumn")}</th>
            <th scope="col">{at("actionsColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((webhook) => (
            <tr key={webhook.id} data-webhook-id={webhook.id}>
              <td className="parley-admin-url">
                <a href={routeHref({ page: "webhook", webhookId: webhook.id })}>{webhook.url}</a>
              </td>
              <td className="parley-admin-change">{webhook.events.join(", ")}</td>
              <td>{webhook.active ? at("active") : webhook.pausedReason ? at("pausedBecause", { reason: webhook.pausedReason }) : at("paused")}</td>
              <td>
                <time dateTime={webhook.createdAt}>{formatTime(webhook.createdAt)}</time>
              </td>
              <td className="parley-admin-actions">
                <a className="parley-button" href={routeHref({ page: "webhook", webhookId: webhook.id })} aria-label={at("deliveriesOf", { url: webhook.url })}>
                  {at("deliveriesLink")}
                </a>
                <button type="button" className="parley-button" onClick={() => setEditing(webhook)}>
                  {at("edit")}
                </button>
                <button type="button" className="parley-button" onClick={() => void rotate(webhook)}>
                  {at("rotateSecret")}
                </button>
                <button type="button" className="parley-button parley-danger" onClick={() => void remove(webhook)}>
                  {at("deleteWebhook")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListFooter error={error} empty={items.length === 0} hasMore={false} busy={busy} onMore={() => undefined} />
      {editing && <WebhookDialog api={api} editing={editing === "new" ? null : editing} onDone={saved} />}
      {secret && <SecretDialog secret={secret.value} rotated={secret.rotated} onClose={() => setSecret(null)} />}
      {dialog}
    </section>
  );
}
