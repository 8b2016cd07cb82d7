import { useEffect, useState } from "react";
import type { AdminApi, DeliveryStatus, Webhook, WebhookDelivery } from "../adminApi";
import { formatTime } from "../format";
import { routeHref } from "../route";
import { at, type AdminKey } from "../strings";
import { adminError, useAction } from "../useAction";
import { usePaged } from "../usePaged";
import { Failure, ListFooter, Notice, SearchForm } from "./SearchForm";

const STATUSES: { value: DeliveryStatus | ""; label: AdminKey }[] = [
  { value: "", label: "allStatuses" },
  { value: "pending", label: "statusPending" },
  { value: "delivered", label: "statusDelivered" },
  { value: "dead", label: "statusDead" },
];

/** What the receiver last answered: its HTTP status, and Parley's note on the attempt (a timeout, a refused address…). */
function lastAnswer(delivery: WebhookDelivery): string {
  const parts = [delivery.lastStatus ? at("httpStatus", { status: delivery.lastStatus }) : "", delivery.lastError ?? ""];
  return parts.filter(Boolean).join(" — ") || "—";
}

/**
 * One subscription's delivery log, newest first, filtered by status: each delivery's event,
 * attempts, last answer and next attempt; a dead letter can be sent again ("Retry").
 */
export function WebhookDeliveries({ api, webhookId }: { api: AdminApi; webhookId: string }) {
  const [webhook, setWebhook] = useState<Webhook | null>(null);
  const [status, setStatus] = useState<DeliveryStatus | "">("");
  const list = usePaged((cursor) => api.deliveries(webhookId, status, cursor));
  const { notice, setNotice, failure, act } = useAction();
  const [missing, setMissing] = useState<string | null>(null);

  useEffect(() => {
    api.webhook(webhookId).then(setWebhook, (e: unknown) => setMissing(adminError(e)));
  }, [api, webhookId]);

  const retry = (delivery: WebhookDelivery) =>
    act(async () => {
      const again = await api.retryDelivery(webhookId, delivery.id);
      list.setItems((items) => (status === "dead" ? items.filter((d) => d.id !== again.id) : items.map((d) => (d.id === again.id ? again : d))));
      return at("retried", { id: delivery.id });
    });

  return (
    <section aria-labelledby="admin-deliveries">
      <a href={routeHref({ page: "webhooks" })}>{at("backToWebhooks")}</a>
      <h1 id="admin-deliveries" className="parley-admin-url">
        {at("deliveriesOf", { url: webhook?.url ?? "…" })}
      </h1>
      <Failure text={missing} />
      <SearchForm
        onSearch={() => {
          setNotice(null);
          void list.reload();
        }}
      >
        <label className="parley-admin-field">
          <span>{at("deliveryStatusLabel")}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as DeliveryStatus | "")}>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {at(s.label)}
              </option>
            ))}
          </select>
        </label>
      </SearchForm>
      <Notice text={notice} />
      <Failure text={failure} />
      <table className="parley-admin-table">
        <thead>
          <tr>
            <th scope="col">{at("deliveryColumn")}</th>
            <th scope="col">{at("statusColumn")}</th>
            <th scope="col">{at("attemptsColumn")}</th>
            <th scope="col">{at("lastAnswerColumn")}</th>
            <th scope="col">{at("nextAttemptColumn")}</th>
            <th scope="col">{at("actionsColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {list.items.map((delivery) => (
            <tr key={delivery.id} data-delivery-id={delivery.id}>
              <td>
                <code>{delivery.type}</code>
                <br />
                <time className="parley-muted" dateTime={delivery.createdAt}>
                  {formatTime(delivery.createdAt)}
                </time>
              </td>
              <td data-status={delivery.status}>{at(`statusWord_${delivery.status}`)}</td>
              <td>{delivery.attempts}</td>
              <td className="parley-admin-change">{lastAnswer(delivery)}</td>
              <td>{delivery.nextAttemptAt ? <time dateTime={delivery.nextAttemptAt}>{formatTime(delivery.nextAttemptAt)}</time> : "—"}</td>
              <td>
                {delivery.status === "dead" && (
                  <button type="button" className="parley-button" onClick={() => void retry(delivery)}>
                    {at("retry")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListFooter error={list.error} empty={list.items.length === 0} hasMore={list.hasMore} busy={list.busy} onMore={() => void list.more()} />
    </section>
  );
}
