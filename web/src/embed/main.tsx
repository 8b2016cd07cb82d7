import { createRoot } from "react-dom/client";
import { EmbedApp } from "./EmbedApp";
import { roomIdFromPath, takeTokenFromFragment } from "./parentChannel";
import "../app/styles/app.css";
import "../app/styles/page.css";

// Take the token out of the address bar before anything else runs.
const token = takeTokenFromFragment();
createRoot(document.getElementById("root")!).render(<EmbedApp roomId={roomIdFromPath(location.pathname)} initialToken={token} />);
