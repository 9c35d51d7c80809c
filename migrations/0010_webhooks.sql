-- Signed webhooks (docs/protocol.md, Webhooks). An endpoint belongs to an account, or (owner_id NULL) to the
-- deployment, created by an admin. Its signing secret is kept sealed (AES-GCM under WEBHOOK_SECRET_KEY,
-- worker/webhooks/signing-secret-seal.ts), never in the clear.
CREATE TABLE `webhook_endpoints` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text REFERENCES users(id) ON DELETE cascade,
	`created_by` text REFERENCES users(id) ON DELETE set null,
	`url` text NOT NULL,
	`events` text NOT NULL,
	`sealed_secret` text NOT NULL,
	`enabled` integer DEFAULT 1 NOT NULL,
	`disabled_reason` text,
	`failed_in_a_row` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `webhook_endpoints_owner_idx` ON `webhook_endpoints` (`owner_id`,`created_at`);
--> statement-breakpoint
-- One row per (endpoint, event): the queue the endpoint's WebhookSender works through, and its delivery log.
CREATE TABLE `webhook_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`endpoint_id` text NOT NULL REFERENCES webhook_endpoints(id) ON DELETE cascade,
	`event_id` text,
	`event_type` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`last_attempt_at` integer,
	`response_status` integer,
	`latency_ms` integer,
	`error` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_deliveries_event_idx` ON `webhook_deliveries` (`endpoint_id`,`event_id`);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_log_idx` ON `webhook_deliveries` (`endpoint_id`,`created_at`);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due_idx` ON `webhook_deliveries` (`status`,`next_attempt_at`);
--> statement-breakpoint
-- Which audit events are webhook events, and under what name (protocol/enums.ts WEBHOOK_EVENT_TYPES; a test
-- holds the two lists equal).
CREATE TABLE `webhook_event_kinds` (
	`action` text NOT NULL,
	`resource_type` text NOT NULL,
	`result` text NOT NULL,
	`event_type` text NOT NULL,
	PRIMARY KEY (`action`, `resource_type`, `result`)
);
--> statement-breakpoint
INSERT INTO `webhook_event_kinds` VALUES
	('create', 'secret', 'success', 'secret.created'),
	('view', 'secret', 'success', 'secret.viewed'),
	('expire', 'secret', 'success', 'secret.expired'),
	('burn', 'secret', 'success', 'secret.burned'),
	('reveal_failed', 'secret', 'failure', 'secret.reveal_failed'),
	('request_create', 'secret_request', 'success', 'request.created'),
	('request_respond', 'secret_request', 'success', 'request.responded'),
	('request_close', 'secret_request', 'success', 'request.closed'),
	('token_create', 'api_token', 'success', 'api_token.created'),
	('token_revoke', 'api_token', 'success', 'api_token.revoked');
--> statement-breakpoint
-- Every audit event enters D1 by an insert, wherever it was recorded (a route's batch, a vault's outbox, the
-- cron): this trigger queues its webhook deliveries in that same statement, so an event and its deliveries land
-- together or not at all, and a redelivered event (same id) queues nothing twice. The payload is metadata only:
-- the event's ids, name, actor's address, place and device as the owner's audit log shows them, and a few
-- allowlisted details. Never an IP address, never anything secret.
CREATE TRIGGER `webhook_fan_out` AFTER INSERT ON `audit_events`
BEGIN
	INSERT OR IGNORE INTO `webhook_deliveries` (`id`, `endpoint_id`, `event_id`, `event_type`, `payload`, `next_attempt_at`)
	SELECT
		'msg_' || lower(hex(randomblob(16))),
		e.id,
		NEW.id,
		k.event_type,
		json_object(
			'type', k.event_type,
			'timestamp', strftime('%Y-%m-%dT%H:%M:%fZ', NEW.at / 1000.0, 'unixepoch'),
			'data', json_patch('{}', json_object(
				'eventId', NEW.id,
				'resourceType', NEW.resource_type,
				'resourceId', NEW.resource_id,
				'resourceName', NEW.resource_name,
				'actor', CASE WHEN NEW.actor_email IS NULL THEN NULL ELSE json_object('email', NEW.actor_email) END,
				'country', NEW.country,
				'city', NEW.city,
				'device', NEW.device,
				'reason', json_extract(NEW.details, '$.reason'),
				'remainingViews', json_extract(NEW.details, '$.remainingViews'),
				'attemptsRemaining', json_extract(NEW.details, '$.attemptsRemaining'),
				'responseId', json_extract(NEW.details, '$.responseId')
			))
		),
		unixepoch('subsec') * 1000
	FROM `webhook_event_kinds` k
	JOIN `webhook_endpoints` e ON e.enabled = 1 AND (e.owner_id IS NULL OR e.owner_id = NEW.owner_id)
	WHERE k.action = NEW.action AND k.resource_type = NEW.resource_type AND k.result = NEW.result
		AND EXISTS (SELECT 1 FROM json_each(e.events) WHERE json_each.value = k.event_type);
END;
