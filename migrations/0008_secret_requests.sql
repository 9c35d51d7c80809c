CREATE TABLE `secret_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`name` text NOT NULL,
	`note` text,
	`public_key` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL,
	`expires_in` integer NOT NULL,
	`max_responses` integer NOT NULL,
	`response_count` integer DEFAULT 0 NOT NULL,
	`notify_on_response` integer NOT NULL,
	`closed_at` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `secret_requests_owner_created_idx` ON `secret_requests` (`owner_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `request_responses` (
	`secret_id` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`ephemeral_key` text NOT NULL,
	`responder_email` text,
	`ip` text,
	`country` text,
	`city` text,
	`device` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `secret_requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `request_responses_request_idx` ON `request_responses` (`request_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `secrets` ADD `request_id` text;
