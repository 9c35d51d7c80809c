-- One secret for many recipients (docs/protocol.md 3.8): a group is N secrets, one vault and one link each,
-- created together or not at all. The group row holds nothing secret: a name, its owner, times, how many links.
CREATE TABLE `secret_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`name` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`expires_at` integer NOT NULL,
	`links` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `secret_groups_owner_created_idx` ON `secret_groups` (`owner_id`,`created_at`,`id`);--> statement-breakpoint
ALTER TABLE `secrets` ADD `group_id` text REFERENCES secret_groups(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `secrets_group_idx` ON `secrets` (`group_id`);
