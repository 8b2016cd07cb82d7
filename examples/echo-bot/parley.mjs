// A small client of Parley's HTTP API for a bot: provisioning with the API secret, then acting as
// the bot user with its own token (re-issued when it expires).
import { randomUUID } from "node:crypto";

export class Parley {
  constructor({ url, apiSecret, botId, botName }) {
    this.url = url.replace(/\/$/, "");
    this.apiSecret = apiSecret;
    this.botId = botId;
    this.botName = botName;
    this.token = undefined;
  }

  /** Creates (or updates) the bot user — app role `bot` — and issues its token. */
  async provision() {
    await this.server("PUT", `/v1/users/${encodeURIComponent(this.botId)}`, { name: this.botName, role: "bot" });
    await this.renewToken();
  }

  async renewToken() {
    const issued = await this.server("POST", `/v1/users/${encodeURIComponent(this.botId)}/tokens`, {});
    this.token = issued.token;
  }

  /** Subscribes `url` to the events the bot handles, replacing an older subscription of the same URL. */
  async subscribe(url, events) {
    const existing = await this.server("GET", "/v1/webhooks");
    for (const webhook of existing.items) {
      if (webhook.url === url) await this.server("DELETE", `/v1/webhooks/${webhook.id}`);
    }
    return this.server("POST", "/v1/webhooks", { url, events });
  }

  unsubscribe(webhookId) {
    return this.server("DELETE", `/v1/webhooks/${webhookId}`);
  }

  /** "thinking…": shown to the room's members for 5 s. */
  typing(roomId) {
    return this.asBot("POST", `/v1/rooms/${roomId}/typing`);
  }

  /** Posts an empty reply that the bot then streams. */
  startStream(roomId, parentId) {
    return this.asBot("POST", `/v1/rooms/${roomId}/messages`, {
      text: "",
      clientId: randomUUID(),
      streaming: true,
      ...(parentId ? { parentId } : {}),
    });
  }

  /** Adds text to the reply; `last` ends it (members then get the whole text once more). */
  append(roomId, messageId, text, last = false) {
    return this.asBot("POST", `/v1/rooms/${roomId}/messages/${messageId}/stream`, {
      ...(text ? { append: text } : {}),
      ...(last ? { final: true } : {}),
    });
  }

  server(method, path, body) {
    return this.call(method, path, this.apiSecret, body);
  }

  async asBot(method, path, body) {
    try {
      return await this.call(method, path, this.token, body);
    } catch (e) {
      if (e.status !== 401) throw e;
      await this.renewToken();
      return this.call(method, path, this.token, body);
    }
  }

  async call(method, path, credential, body) {
    const response = await fetch(this.url + path, {
      method,
      headers: {
        Authorization: `Bearer ${credential}`,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 204) return undefined;
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(`${method} ${path}: ${response.status} ${answer.code ?? ""} ${answer.detail ?? ""}`);
      error.status = response.status;
      error.code = answer.code;
      throw error;
    }
    return answer;
  }
}
