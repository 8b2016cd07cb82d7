import { createRoot } from "react-dom/client";
import { HostedChat } from "../host/HostedChat";
import { CommandHub } from "../host/hostBus";
import type { HostEvent } from "../host/protocol";
import { TokenBox } from "../host/tokenBox";
import { listenForParentCommands, parentOrigin, postToParent, roomIdFromPath, takeTokenFromFragment } from "./parentChannel";
import "../app/styles/app.css";
import "../app/styles/page.css";

// Take the token out of the address bar before anything else runs.
const token = takeTokenFromFragment();
const parent = parentOrigin();
const emit = (event: HostEvent) => postToParent(parent, event);
const commands = new CommandHub();
listenForParentCommands(parent, commands);
const tokens = new TokenBox(null, () => emit({ type: "auth-required" }));
if (token) tokens.put(token);

createRoot(document.getElementById("root")!).render(
  <HostedChat server="" tokens={tokens} room={roomIdFromPath(location.pathname)} mode="single" emit={emit} commands={commands.source} />,
);
