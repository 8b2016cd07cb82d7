import { defineConfig } from "vite";

/**
 * `@parley/client`: the framework-free TypeScript client as an npm package (an ES module; its
 * type declarations come from tsconfig.client.json). `npm run pack:client` packs it.
 */
export default defineConfig({
  build: {
    outDir: "packages/client/dist",
    emptyOutDir: true,
    target: "es2022",
    copyPublicDir: false,
    minify: false,
    sourcemap: true,
    lib: {
      entry: "src/client/index.ts",
      formats: ["es"],
      fileName: () => "index.js",
    },
  },
});
