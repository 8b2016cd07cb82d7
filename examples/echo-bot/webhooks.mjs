// Verifying Parley's webhook deliveries: the Standard Webhooks scheme (https://www.standardwebhooks.com/).
// Copy this file as it is; it needs nothing but Node.js.
import { createHmac, timingSafeEqual } from "node:crypto";

const TOLERANCE_SECONDS = 5 * 60;

/**
 * Checks a delivery's `webhook-signature` against the subscription secret ("whsec_…"). Throws when
 * the signature does not match or the timestamp is more than 5 minutes away; returns the parsed body.
 */
export function verify(secret, headers, rawBody, nowSeconds = Math.floor(Date.now() / 1000)) {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signatures = headers["webhook-signature"];
  if (!id || !timestamp || !signatures) throw new Error("missing webhook-id, webhook-timestamp or webhook-signature");
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS) {
    throw new Error("webhook-timestamp is too far from now");
  }
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${rawBody}`).digest();
  // Several signatures ("v1,abc v1,def") while the secret is being rotated: any may match.
  const matches = signatures.split(" ").some((entry) => {
    const [version, signature] = entry.split(",");
    if (version !== "v1" || !signature) return false;
    const given = Buffer.from(signature, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new Error("no signature matches");
  return JSON.parse(rawBody);
}
