-- Account deletion rewrites the deleted account's address in the webhook deliveries that carry it, found by the
-- audit event each one reports (db/audit-redaction.ts). The unique (endpoint_id, event_id) index cannot find
-- an event's deliveries across endpoints; this one does, in one index range per event.
CREATE INDEX `webhook_deliveries_event_only_idx` ON `webhook_deliveries` (`event_id`);
