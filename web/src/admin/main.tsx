import { createRoot } from "react-dom/client";
import { AdminApp } from "./AdminApp";
import "../app/styles/app.css";
import "../app/styles/page.css";
import "./admin.css";

createRoot(document.getElementById("root")!).render(<AdminApp />);
