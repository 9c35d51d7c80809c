// Request schemas of secret groups (docs/protocol.md 8.2): one secret for many recipients, one link each.
// Each link is an encrypted create's envelope (PROTOCOL 2) under its own link key, plus its recipient.
import * as z from "zod";
import { MAX_GROUP_LINKS } from "./limits";
import { encryptedCreateSchema } from "./schemas";

const groupLinkSchema = encryptedCreateSchema.pick({
  ciphertext: true,
  verifier: true,
  keyVerifier: true,
  kdf: true,
  recipientEmail: true,
});

export const createSecretGroupSchema = encryptedCreateSchema
  .pick({ name: true, expiresIn: true, requireLogin: true, notifyOnView: true, showSender: true })
  .extend({
    links: z
      .array(groupLinkSchema)
      .min(1, "must hold at least one link")
      .max(MAX_GROUP_LINKS, `must hold at most ${MAX_GROUP_LINKS} links`)
      // Each address gets exactly one link: a second would be a second way for one person to open it.
      .refine((links) => {
        const emails = links.flatMap((link) => (link.recipientEmail ? [link.recipientEmail] : []));
        return new Set(emails).size === emails.length;
      }, "must not name the same recipientEmail twice"),
  });
export type CreateSecretGroupInput = z.input<typeof createSecretGroupSchema>;
export type CreateSecretGroupBody = z.output<typeof createSecretGroupSchema>;

/** GET /api/secret-groups: newest first. */
export const listSecretGroupsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ examples: ["WzE3NjcyMjU2MDAwMDAsIkFBQUFBQUFBQUFBQUFBQUFBQUFBQUEiXQ"] }),
});
