// The request schema of the account's own settings, shared by the Worker, which enforces it, and the web client.
import * as z from "zod";
import { LOCALES } from "./locales";

/** PATCH /api/me: the account's language, for the mails it gets (protocol/locales.ts LOCALES). */
export const myAccountSchema = z.object({ locale: z.enum(LOCALES) });
export type MyAccountBody = z.input<typeof myAccountSchema>;
