// Verifies Parley's LiveKit access tokens with livekit-server-sdk's TokenVerifier (a verifier
// nobody here wrote). Reads {apiKey, apiSecret, tokens: [...]} as JSON on stdin and prints one
// line per token: the verified claims as JSON, or "rejected: <reason>" when the SDK refuses it.
import { TokenVerifier } from "livekit-server-sdk";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { apiKey, apiSecret, tokens } = JSON.parse(input);
const verifier = new TokenVerifier(apiKey, apiSecret);
for (const token of tokens) {
  try {
    console.log(JSON.stringify(await verifier.verify(token)));
  } catch (e) {
    console.log("rejected: " + (e.code ?? e.name) + " " + e.message);
  }
}
