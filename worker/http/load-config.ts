import { createMiddleware } from "hono/factory";
import { configOf } from "../config";
import type { AppEnv } from "../env";

/** Puts the settings on c.var.config before any other middleware needs them. */
export const loadConfig = createMiddleware<AppEnv>(async (c, next) => {
  c.set("config", configOf(c.env));
  return next();
});
