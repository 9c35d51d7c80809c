-- Secret requests started from Slack (worker/slack/): `/oncelink request <what>` leaves a pending row keyed by
-- the SHA-256 of a one-time finish token; the requester's browser finishes it (makes the key pair, uploads the
-- public key), which sets request_id. The row then tells who to notify in Slack when responses arrive.
CREATE TABLE `slack_requests` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`user_id` text NOT NULL,
	`channel_id` text,
	`name` text NOT NULL,
	`response_url` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL,
	`request_id` text UNIQUE REFERENCES `secret_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	`origin` text,
	`notified_responses` integer DEFAULT 0 NOT NULL,
	`notify_lease_until` integer
);
--> statement-breakpoint
CREATE INDEX `slack_requests_expires_idx` ON `slack_requests` (`expires_at`);
