CREATE TABLE `audit_events` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`at` integer NOT NULL,
	`action` text NOT NULL,
	`result` text NOT NULL,
	`resource_type` text NOT NULL,
	`resource_id` text,
	`resource_name` text,
	`owner_id` text,
	`actor_id` text,
	`actor_email` text,
	`ip` text,
	`country` text,
	`city` text,
	`device` text,
	`user_agent` text,
	`details` text,
	`prev_hash` text,
	`hash` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_events_id_unique` ON `audit_events` (`id`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_events` (`at`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_action_at_idx` ON `audit_events` (`action`,`at`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_resource_type_at_idx` ON `audit_events` (`resource_type`,`at`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_owner_at_idx` ON `audit_events` (`owner_id`,`at`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_actor_at_idx` ON `audit_events` (`actor_id`,`at`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_resource_idx` ON `audit_events` (`resource_id`);