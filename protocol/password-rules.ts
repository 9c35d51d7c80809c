// The password rule both sides apply: the browser to say so at the field, the Worker to refuse it
// (worker/auth/password-policy.ts has the rest, with a blocklist too large for the page).

const SERVICE_NAMES = ["oncelink", "onetimesecret"];

/** A password that contains the service's name ("oncelinkoncelink1") is among the first an attacker tries. */
export function containsServiceName(password: string): boolean {
  const letters = password.toLowerCase().replace(/[^a-z]/g, "");
  return SERVICE_NAMES.some((name) => letters.includes(name));
}

export const SERVICE_NAME_PROBLEM = "A password must not contain the service's name. Choose another.";
