// Adds ".js" to the relative imports of the emitted declarations, so that TypeScript projects
// resolving modules as "nodenext" (not only "bundler") can follow them.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = new URL("./dist/", import.meta.url).pathname;
for (const file of readdirSync(dist)) {
  if (!file.endsWith(".d.ts")) continue;
  const path = join(dist, file);
  const text = readFileSync(path, "utf8");
  const fixed = text.replace(/(from\s+|import\()(["'])(\.{1,2}\/[^"']+?)(?<!\.js)\2/g, "$1$2$3.js$2");
  if (fixed !== text) writeFileSync(path, fixed);
}
