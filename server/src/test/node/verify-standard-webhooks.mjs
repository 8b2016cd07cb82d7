// Verifies Parley's webhook deliveries with the standardwebhooks library (a verifier nobody
// here wrote). Reads [{secret, id, timestamp, signature, body}] as JSON on stdin and prints one
// line per delivery: "ok" when the library accepts it, "rejected: <reason>" when it throws.
import { Webhook } from "standardwebhooks";

let input = "";
for await (const chunk of process.stdin) input += chunk;
for (const d of JSON.parse(input)) {
  try {
    new Webhook(d.secret).verify(d.body, {
      "webhook-id": d.id,
      "webhook-timestamp": d.timestamp,
      "webhook-signature": d.signature,
    });
    console.log("ok");
  } catch (e) {
    console.log("rejected: " + e.message);
  }
}
