// `npm start`: build the UI, apply D1 migrations to the local state in .wrangler/state, and serve the
// app with wrangler dev on http://127.0.0.1:$PORT (default 8787). No Cloudflare account is needed.
import { spawn, spawnSync } from "node:child_process";

const port = process.env.PORT || "8787";
// The end-to-end tests keep their state apart: `--persist-to DIR` goes to wrangler as it is.
const persistAt = process.argv.indexOf("--persist-to");
const persist = persistAt > 0 ? ["--persist-to", process.argv[persistAt + 1]] : [];
const env = { ...process.env, WRANGLER_SEND_METRICS: "false" };
// More settings for this run, passed on to wrangler dev as they are: `--var OIDC_ISSUER:https://...`.
const extraVars = process.argv.flatMap((arg, i) =>
  arg === "--var" && process.argv[i + 1] ? ["--var", process.argv[i + 1]] : [],
);

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.argv.includes("--skip-build")) run("npx", ["vite", "build", "--logLevel", "warn"]);
// CI=true keeps wrangler from asking for confirmation before it applies migrations.
run("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--local", ...persist], { CI: "true" });

const server = spawn(
  "npx",
  [
    "wrangler",
    "dev",
    "--ip",
    "127.0.0.1",
    "--port",
    port,
    "--show-interactive-dev-session=false",
    // Mail goes to the dev outbox (http://127.0.0.1:$PORT/dev/outbox) instead of a real provider.
    "--var",
    "MAIL_TRANSPORT:outbox",
    // Links are built for, and requests accepted on, both local names of this port (and nothing else).
    "--var",
    `APP_ORIGIN:http://127.0.0.1:${port},http://localhost:${port}`,
    ...extraVars,
    ...persist,
  ],
  {
    stdio: "inherit",
    env,
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
