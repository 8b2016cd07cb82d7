// Drives one real socket.io-client for the server's JUnit tests.
// argv[2]: JSON {url, path, auth, extraHeaders, transports, upgrade, reconnection}
// stdin:  one JSON command a line: {op: "emit", event, args, ack: true|false} | {op: "close"}
// stdout: one JSON line per thing seen: connect, connect_error, event, ack, disconnect, upgrade, reconnect_attempt
import { io } from "socket.io-client";
import readline from "node:readline";

const options = JSON.parse(process.argv[2]);
const print = (line) => process.stdout.write(JSON.stringify(line) + "\n");

const socket = io(options.url, {
  path: options.path ?? "/realtime",
  auth: options.auth,
  extraHeaders: options.extraHeaders,
  transports: options.transports ?? ["polling", "websocket"],
  upgrade: options.upgrade ?? true,
  reconnection: options.reconnection ?? false,
  reconnectionDelay: 200,
  reconnectionDelayMax: 1000,
  timeout: 10000,
});

socket.on("connect", () => print({ type: "connect", transport: socket.io.engine.transport.name, id: socket.id }));
socket.on("connect_error", (error) => print({ type: "connect_error", message: error.message }));
socket.on("disconnect", (reason) => print({ type: "disconnect", reason }));
socket.onAny((name, ...args) => print({ type: "event", name, args }));
socket.io.on("reconnect_attempt", (attempt) => print({ type: "reconnect_attempt", attempt }));
socket.io.on("open", () => {
  socket.io.engine.on("upgrade", (transport) => print({ type: "upgrade", transport: transport.name }));
});

let acks = 0;
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const command = JSON.parse(line);
  if (command.op === "emit") {
    if (command.ack) {
      const id = ++acks;
      socket.emit(command.event, ...command.args, (...args) => print({ type: "ack", id, args }));
    } else {
      socket.emit(command.event, ...command.args);
    }
  } else if (command.op === "close") {
    socket.close();
    setTimeout(() => process.exit(0), 100);
  }
}).on("close", () => process.exit(0));
