import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/** The `<parley-chat>` widget: one self-contained ES module, CSS inlined into its shadow root. */
export default defineConfig({
  plugins: [react()],
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2022",
    copyPublicDir: false,
    lib: {
      entry: "src/widget/widget.ts",
      formats: ["es"],
      fileName: () => "widget.js",
    },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
