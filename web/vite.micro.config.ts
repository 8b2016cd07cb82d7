import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/**
 * The micro-frontend build: one UMD script (`dist/micro/parley.js`, global `ParleyChat`) that
 * qiankun/micro-lc evaluate in their sandbox, and `dist/micro/index.html`, the HTML entry that
 * names it (qiankun's `entry: "https://chat.example.com/micro/"`).
 */
/** qiankun reads this page, runs the script marked `entry` and takes its lifecycle. */
const HTML_ENTRY = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parley</title></head>
<body><script src="/micro/parley.js" entry></script></body></html>
`;

function htmlEntry(): Plugin {
  return {
    name: "parley-micro-html-entry",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "index.html", source: HTML_ENTRY });
    },
  };
}

export default defineConfig({
  plugins: [react(), htmlEntry()],
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist/micro",
    emptyOutDir: false,
    target: "es2022",
    copyPublicDir: false,
    lib: {
      entry: "src/widget/micro.ts",
      formats: ["umd"],
      name: "ParleyChat",
      fileName: () => "parley.js",
    },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
