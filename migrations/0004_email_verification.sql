-- Accounts made before this migration stay unverified: nobody proved their addresses. They verify with
-- "Resend" (POST /api/auth/verify/resend); see README, Accounts. The audit action `email_verified` needs
-- no change here: audit_events.action is plain text, its list of names is kept in drizzle only.
CREATE TABLE `email_verifications` (
	`user_id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `email_verifications_token_hash_unique` ON `email_verifications` (`token_hash`);--> statement-breakpoint
ALTER TABLE `users` ADD `email_verified_at` integer;
