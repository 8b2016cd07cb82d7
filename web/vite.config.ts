/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/** The server the dev server proxies API calls to (`PARLEY_DEV_SERVER=http://127.0.0.1:18080 npm run dev`). */
const devServer = process.env.PARLEY_DEV_SERVER ?? "http://127.0.0.1:8080";

function rewriteEmbed(req: { url?: string }, _res: unknown, next: () => void): void {
  if (req.url && /^\/embed\/rooms\/[^/?#]+/.test(req.url)) req.url = "/embed.html";
  else if (req.url && /^\/admin(?:[?#]|$)/.test(req.url)) req.url = "/admin.html";
  next();
}

/** In dev and preview, `/embed/rooms/{id}` is served by embed.html and `/admin` by admin.html, as the Parley server does in production. */
function embedRoute(): Plugin {
  return {
    name: "parley-embed-route",
    configureServer(server) {
      server.middlewares.use(rewriteEmbed);
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewriteEmbed);
    },
  };
}

export default defineConfig({
  base: "/",
  plugins: [react(), embedRoute()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { index: "index.html", embed: "embed.html", admin: "admin.html" },
      // the code shared by the app, the embed page and the admin panel
      output: { chunkFileNames: "assets/parley-[hash].js", assetFileNames: "assets/parley-[hash][extname]" },
    },
  },
  preview: {
    proxy: {
      "/v1/ws": { target: devServer.replace(/^http/, "ws"), ws: true },
      "/v1": devServer,
      "/chat": devServer,
    },
  },
  server: {
    proxy: {
      "/v1/ws": { target: devServer.replace(/^http/, "ws"), ws: true },
      "/v1": devServer,
      "/chat": devServer,
    },
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
  },
});
