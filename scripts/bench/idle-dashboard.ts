// What an open dashboard costs and how soon it shows a change, in a real Chromium: the dashboard of an
// account of its own sits idle while every HTTP request it makes to the API is counted (each would read D1:
// the session and the list), then secrets are created and viewed through the API, and each change is timed
// from the moment its request was answered until the page shows it.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { distinctClientIp, revealBody, sealBodies, signUp } from "./account";

export interface IdleDashboardResult {
  /** Null when no Chromium was found (CHROMIUM_PATH, default /usr/bin/chromium). */
  measured: {
    idleSeconds: number;
    idleRequests: number;
    requestsPerIdleMinute: number;
    /** ms from the answer of each create and each reveal to the page showing it. */
    changeShownMs: number[];
    p50Ms: number;
    maxMs: number;
  } | null;
  pending?: string;
}

export const DASHBOARD_BUDGETS = { requestsPerIdleMinute: 0, changeShownMs: 2000 };

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function measureIdleDashboard(origin: string, quick: boolean): Promise<IdleDashboardResult> {
  if (!existsSync(chromiumPath)) return { measured: null, pending: `no Chromium at ${chromiumPath}` };
  const idleMs = quick ? 15_000 : 60_000;
  const changes = quick ? 3 : 10;
  const owner = await signUp(origin, `bench-dashboard-${Date.now().toString(36)}@example.com`);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--headless", "--no-sandbox"] });
  try {
    const page = await openDashboard(browser, origin, owner.headers.cookie ?? "");
    const requests: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith("http") && url.pathname.startsWith("/api/")) requests.push(url.pathname);
    });
    await page.waitForTimeout(idleMs);
    const idleRequests = requests.length;

    const shown: number[] = [];
    const bodies = await sealBodies(changes);
    for (const [i, sealed] of bodies.entries()) {
      const name = `bench live ${i}`;
      const card = page.getByRole("article", { name });
      const created = await post(
        origin,
        "/api/secrets",
        owner.headers,
        JSON.stringify({ ...JSON.parse(sealed.body), name }),
      );
      const createdAt = performance.now();
      await card.waitFor({ timeout: 30_000 });
      shown.push(performance.now() - createdAt);
      const { secret } = (await created.json()) as { secret: { id: string } };
      const visitor = { "content-type": "application/json", origin, "cf-connecting-ip": distinctClientIp() };
      await post(origin, `/api/secrets/${secret.id}/reveal`, visitor, revealBody(sealed.proof));
      const revealedAt = performance.now();
      await card.getByText("Views: 1 of 1").waitFor({ timeout: 30_000 });
      shown.push(performance.now() - revealedAt);
    }
    const sorted = [...shown].sort((a, b) => a - b);
    return {
      measured: {
        idleSeconds: idleMs / 1000,
        idleRequests,
        requestsPerIdleMinute: (idleRequests * 60_000) / idleMs,
        changeShownMs: shown.map(Math.round),
        p50Ms: Math.round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN),
        maxMs: Math.round(sorted.at(-1) ?? Number.NaN),
      },
    };
  } finally {
    await browser.close();
  }
}

async function openDashboard(browser: Browser, origin: string, cookie: string) {
  const context = await browser.newContext();
  // "name=value; name=value": the session's cookie and the D1 bookmark's.
  const cookies = cookie.split("; ").map((pair) => {
    const at = pair.indexOf("=");
    return { name: pair.slice(0, at), value: pair.slice(at + 1), url: origin };
  });
  await context.addCookies(cookies);
  const page = await context.newPage();
  // A dashboard that polls has no socket to wait for; it is measured all the same.
  const socket = page.waitForEvent("websocket", { timeout: 10_000 }).catch(() => null);
  await page.goto(`${origin}/`);
  await page.getByText("No secrets yet.", { exact: false }).waitFor({ timeout: 30_000 });
  await socket;
  // Settling, not measuring: the first list read and the socket's handshake are behind us before the idle time.
  await page.waitForTimeout(1000);
  return page;
}

async function post(origin: string, path: string, headers: Record<string, string>, body: string) {
  const res = await fetch(`${origin}${path}`, { method: "POST", headers, body });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return res;
}

/** The table's rows: [measure, result, vs floor, budget key]. */
export function dashboardRows(result: IdleDashboardResult | undefined): [string, string, string, string][] {
  const measured = result?.measured;
  if (!measured) return [["idle dashboard (Chromium)", result?.pending ?? "not measured", "", "idleDashboard"]];
  const { idleRequests, idleSeconds, requestsPerIdleMinute, p50Ms, maxMs, changeShownMs } = measured;
  return [
    [
      "idle dashboard (Chromium): API requests per idle minute",
      `${requestsPerIdleMinute.toFixed(1)} (${idleRequests} in ${idleSeconds} s)`,
      "",
      "idleDashboard",
    ],
    [
      "dashboard: a change (create, view) shown after its answer",
      `p50 ${p50Ms} ms, worst ${maxMs} ms of ${changeShownMs.length}`,
      "",
      "changeShown",
    ],
  ];
}
