ALTER TABLE `sessions` ADD `last_seen_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `secrets_owner_status_idx` ON `secrets` (`owner_id`,`status`,`expires_at`,`size_bytes`);--> statement-breakpoint
-- Sessions that existed before the idle timeout count as seen when they began.
UPDATE `sessions` SET `last_seen_at` = `created_at`;
