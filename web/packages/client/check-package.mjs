// The packed @parley/client as an application developer gets it: a fresh project installs the
// tarball (offline: it has no dependencies), type-checks the README's example (strict, as
// "nodenext" and as "bundler" module resolution), sees a wrong call rejected by the types, and
// imports the module in Node.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const web = join(here, "..", "..");
const { name, version } = JSON.parse(readFileSync(join(here, "package.json"), "utf8"));
const tarball = join(web, "target", `${name.replace("@", "").replace("/", "-")}-${version}.tgz`);
const tsc = join(web, "node_modules", "typescript", "bin", "tsc");

function fail(message) {
  console.error(`@parley/client package check: ${message}`);
  process.exit(1);
}

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    throw new Error(`${command} ${args.join(" ")} failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

if (!existsSync(tarball)) fail(`${tarball} is missing: run npm run pack:client`);
const example = /```ts\n([\s\S]*?)```/.exec(readFileSync(join(here, "README.md"), "utf8"))?.[1];
if (!example) fail("README.md has no ```ts example");

const project = mkdtempSync(join(tmpdir(), "parley-client-check-"));
try {
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "fresh-app", private: true, type: "module" }));
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], project);
  writeFileSync(join(project, "example.ts"), example);
  const strict = ["--noEmit", "--strict", "--target", "es2022", "--lib", "es2023,dom", "--skipLibCheck", "false"];
  run(process.execPath, [tsc, ...strict, "--module", "nodenext", "--moduleResolution", "nodenext", "example.ts"], project);
  run(process.execPath, [tsc, ...strict, "--module", "esnext", "--moduleResolution", "bundler", "example.ts"], project);

  writeFileSync(join(project, "wrong.ts"), 'import { ParleyClient } from "@parley/client";\n'
    + 'const client = new ParleyClient({ apiUrl: "https://chat.example.com/v1", wsUrl: "wss://chat.example.com/v1/ws", getToken: async () => "t" });\n'
    + 'client.send(42, "hi");\n');
  let rejected = false;
  try {
    run(process.execPath, [tsc, ...strict, "--module", "nodenext", "--moduleResolution", "nodenext", "wrong.ts"], project);
  } catch (e) {
    rejected = /wrong\.ts\(3,13\)/.test(String(e.message));
  }
  if (!rejected) fail("the types did not reject client.send(42, …): the declarations are not typed");

  const loaded = run(process.execPath, ["--input-type=module", "-e",
    'const m = await import("@parley/client"); console.log(typeof m.ParleyClient, typeof m.isParleyError, m.BACKOFF_BASE_MS);'], project);
  if (loaded.trim() !== "function function 1000") fail(`importing the module gave: ${loaded.trim()}`);
  console.log(`@parley/client ${version}: installed from ${tarball}, the README example type-checks, the module loads`);
} catch (e) {
  fail(e.message);
} finally {
  rmSync(project, { recursive: true, force: true });
}
