// The echo bot: a Parley bot an application developer copies. It subscribes to the app's
// messages by webhook (verifying every delivery), answers /help, /echo and /count in the rooms it
// is a member of, and streams each reply through the API, stopping when a member presses Stop.
//
//   PARLEY_URL=http://127.0.0.1:8080 PARLEY_API_SECRET=… node bot.mjs
//
// Settings (environment): PARLEY_URL, PARLEY_API_SECRET (required), BOT_ID (echo-bot),
// BOT_NAME (Echo bot), BOT_PORT (8787; 0 = any free port), BOT_PUBLIC_URL (the URL Parley posts
// to; default http://127.0.0.1:<port>/webhook), BOT_DELAY_MS (250: pause between streamed pieces).
import { createServer } from "node:http";
import { reply } from "./commands.mjs";
import { Parley } from "./parley.mjs";
import { verify } from "./webhooks.mjs";

const env = process.env;
if (!env.PARLEY_API_SECRET) {
  console.error("set PARLEY_API_SECRET (the app's API secret: data dir credentials.properties, or api.secret)");
  process.exit(2);
}
const parley = new Parley({
  url: env.PARLEY_URL ?? "http://127.0.0.1:8080",
  apiSecret: env.PARLEY_API_SECRET,
  botId: env.BOT_ID ?? "echo-bot",
  botName: env.BOT_NAME ?? "Echo bot",
});
const delayMs = Number(env.BOT_DELAY_MS ?? 250);
const MAX_BODY = 1024 * 1024;

/** Replies being streamed, by message id: `stopped` is set when a member pressed Stop. */
const streaming = new Map();
/** Recent delivery ids: a delivery may come twice (at least once), the bot acts once. */
const seen = new Set();
let secret;

async function handle(event) {
  const data = event.data;
  if (event.type === "message.stop_requested") {
    if (data.authorId === parley.botId && streaming.has(data.messageId)) streaming.get(data.messageId).stopped = true;
    return;
  }
  if (event.type !== "message.new" || data.message.userId === parley.botId || data.message.streaming !== undefined) {
    return;
  }
  const pieces = reply(data.message.text, delayMs);
  if (pieces) await stream(data.roomId, data.message.id, pieces);
}

async function stream(roomId, parentId, pieces) {
  await parley.typing(roomId); // "thinking…" while the first piece is on its way
  const message = await parley.startStream(roomId, parentId);
  const state = { stopped: false };
  streaming.set(message.id, state);
  try {
    for await (const piece of pieces) {
      if (state.stopped) break;
      await parley.append(roomId, message.id, piece);
    }
  } finally {
    streaming.delete(message.id);
    await parley.append(roomId, message.id, state.stopped ? " (stopped)" : "", true);
  }
}

function receive(request, response) {
  if (request.method !== "POST" || request.url !== "/webhook") {
    response.writeHead(404).end();
    return;
  }
  const chunks = [];
  let size = 0;
  request.on("data", (chunk) => {
    size += chunk.length;
    if (size > MAX_BODY) request.destroy();
    else chunks.push(chunk);
  });
  request.on("end", () => {
    if (secret === undefined) {
      response.writeHead(503, { "Retry-After": "1" }).end(); // still starting: Parley tries again
      return;
    }
    let event;
    try {
      event = verify(secret, request.headers, Buffer.concat(chunks).toString("utf8"));
    } catch (e) {
      console.warn(`refused a delivery: ${e.message}`);
      response.writeHead(401).end();
      return;
    }
    response.writeHead(204).end(); // answer at once, work afterwards
    const id = request.headers["webhook-id"];
    if (seen.has(id)) return;
    seen.add(id);
    if (seen.size > 10_000) seen.delete(seen.values().next().value);
    handle(event).catch((e) => console.warn(`could not answer: ${e.message}`));
  });
}

async function main() {
  await parley.provision();
  const server = createServer(receive);
  await new Promise((resolve) => server.listen(Number(env.BOT_PORT ?? 8787), "127.0.0.1", resolve));
  const url = env.BOT_PUBLIC_URL ?? `http://127.0.0.1:${server.address().port}/webhook`;
  const webhook = await parley.subscribe(url, ["message.new", "message.stop_requested"]);
  secret = webhook.secret;
  const stop = async () => {
    await parley.unsubscribe(webhook.id).catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(`${parley.botId} is ready: add it to a room and say /help (webhook ${url})`);
}

main().catch((e) => {
  console.error(`${parley.botId} could not start: ${e.message}`);
  process.exit(1);
});
