import type { User } from "../protocol/api";
import type { PendingStep } from "../protocol/enums";
import type { Config } from "./config";
import type { Database } from "./db/client";

/** Hono's environment: bindings plus what middleware puts on `c.var` for each request. */
export interface AppEnv {
  Bindings: Env;
  Variables: {
    /** The deployment's [vars], parsed and checked (config.ts). */
    config: Config;
    db: Database;
    /** The signed-in account, or null for an anonymous caller. */
    user: User | null;
    /** This deployment's origin for this request, checked against APP_ORIGIN (http/app-origin.ts). */
    origin: string;
    /** How the caller authenticated; CSRF rules apply to cookies (and Access, whose token rides on one) only. */
    authMethod: "session" | "access" | "token" | null;
    /** A session that passed the password step only: whose, and what it still owes. c.var.user is null then. */
    pending: { user: User; step: PendingStep } | null;
    /** When the presented session was signed in (for the fresh-sign-in checks); null without a session. */
    signedInAt: Date | null;
  };
}
