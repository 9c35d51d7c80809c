-- Account deletion rewrites the deleted account's address in the webhook deliveries that carry it, found by the
-- audit event each one reports (db/audit-redaction.ts). The unique (endpoint_id, event_id) index cannot find
-- an event's deliveries across endpoints; this one does, in one index range per event.
CREATE INDEX `webhook_deliveries_event_only_idx` ON `webhook_deliveries` (`event_id`);--> statement-breakpoint
-- An audit page filtered by action and result together ("every failed email_sent"), in either scope, reads
-- one range of one index rather than every event of the action.
CREATE INDEX `audit_action_result_at_idx` ON `audit_events` (`action`,`result`,`at`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_readers_action_result_at_idx` ON `audit_event_readers` (`account_id`,`action`,`result`,`at`,`seq`);
