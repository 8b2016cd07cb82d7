// A fast webhook receiver for scripts/bench-webhooks.sh: answers 204 at once and prints, every
// second and at exit, how many deliveries arrived, over what time (first to last), and when the
// last one arrived (Unix ms), so the script can time a drain from its own start.
// Usage: node scripts/webhook-receiver.mjs <port>
import { createServer } from "node:http";

let count = 0;
let first = 0;
let last = 0;
let lastAtMs = 0;
createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    const now = performance.now();
    if (count === 0) first = now;
    last = now;
    lastAtMs = Date.now();
    count++;
    response.writeHead(204).end();
  });
}).listen(Number(process.argv[2]), "127.0.0.1", () => console.log("receiver listening"));
const report = () =>
  console.log(JSON.stringify({ deliveries: count, seconds: (last - first) / 1000, lastAtMs }));
setInterval(report, 1000);
process.on("SIGTERM", () => {
  report();
  process.exit(0);
});
