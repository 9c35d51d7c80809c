-- Member audit pages read one index range (README, Audit log). A member's scope is "owner OR actor", which
-- no single index of audit_events serves: with a filter, SQLite walked the filter's index across every
-- account's events. audit_event_readers holds one narrow row per (account that may read the event, event):
-- the owner, and the actor when it is another account. Each filter a member can pass has its own index with
-- the account in front, so a page is one range of one index, newest first, whatever the table's size.
-- The rows are written by the trigger below, in the same statement as the event (so in the same D1 batch as
-- the change it records); account deletion and the retention purge delete them (worker/accounts/
-- delete-account.ts, worker/db/audit-chain.ts). The chain does not cover them: they are an index, rebuilt
-- from audit_events by the backfill at the end of this file.
CREATE TABLE `audit_event_readers` (
	`account_id` text NOT NULL,
	`seq` integer NOT NULL,
	`at` integer NOT NULL,
	`action` text NOT NULL,
	`result` text NOT NULL,
	`resource_type` text NOT NULL,
	PRIMARY KEY (`account_id`, `seq`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `audit_readers_at_idx` ON `audit_event_readers` (`account_id`,`at`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_readers_action_at_idx` ON `audit_event_readers` (`account_id`,`action`,`at`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_readers_result_at_idx` ON `audit_event_readers` (`account_id`,`result`,`at`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_readers_resource_type_at_idx` ON `audit_event_readers` (`account_id`,`resource_type`,`at`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_readers_seq_idx` ON `audit_event_readers` (`seq`);--> statement-breakpoint
-- The admin's `result=` filter had no index either.
CREATE INDEX `audit_result_at_idx` ON `audit_events` (`result`,`at`,`seq`);--> statement-breakpoint
CREATE TRIGGER `audit_event_readers_on_insert` AFTER INSERT ON `audit_events`
BEGIN
  INSERT OR IGNORE INTO `audit_event_readers` (`account_id`, `seq`, `at`, `action`, `result`, `resource_type`)
    SELECT NEW.`owner_id`, NEW.`seq`, NEW.`at`, NEW.`action`, NEW.`result`, NEW.`resource_type`
    WHERE NEW.`owner_id` IS NOT NULL;
  INSERT OR IGNORE INTO `audit_event_readers` (`account_id`, `seq`, `at`, `action`, `result`, `resource_type`)
    SELECT NEW.`actor_id`, NEW.`seq`, NEW.`at`, NEW.`action`, NEW.`result`, NEW.`resource_type`
    WHERE NEW.`actor_id` IS NOT NULL AND NEW.`actor_id` IS NOT NEW.`owner_id`;
END;
--> statement-breakpoint
-- Backfill: the readers of every event recorded before this migration.
INSERT OR IGNORE INTO `audit_event_readers` (`account_id`, `seq`, `at`, `action`, `result`, `resource_type`)
  SELECT `owner_id`, `seq`, `at`, `action`, `result`, `resource_type` FROM `audit_events` WHERE `owner_id` IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO `audit_event_readers` (`account_id`, `seq`, `at`, `action`, `result`, `resource_type`)
  SELECT `actor_id`, `seq`, `at`, `action`, `result`, `resource_type` FROM `audit_events`
  WHERE `actor_id` IS NOT NULL AND `actor_id` IS NOT `owner_id`;
