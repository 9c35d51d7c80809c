// A real OpenID provider for the browser suite: oidc-provider (the certified Node implementation) with one
// test client and its development login and consent pages. Any login name is accepted; it becomes the
// account's email, verified unless it starts with "unverified".
import type { Server } from "node:http";
import Provider from "oidc-provider";

export const CLIENT_ID = "oncelink-e2e";
export const CLIENT_SECRET = "e2e-client-secret-not-for-production";

export interface RunningProvider {
  issuer: string;
  stop: () => Promise<void>;
}

export async function startOidcProvider(port: number, appOrigin: string): Promise<RunningProvider> {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${appOrigin}/api/auth/oidc/callback`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    findAccount: (_, sub) => ({
      accountId: sub,
      claims: () => ({ sub, email: sub, email_verified: !sub.startsWith("unverified") }),
    }),
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["e2e-cookie-key-not-for-production"] },
  });
  const server: Server = provider.listen(port);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  return { issuer, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
