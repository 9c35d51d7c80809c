-- What an endpoint's deliveries look like (protocol/enums.ts WEBHOOK_FORMATS): 'standard', the Standard Webhooks
-- JSON payload as stored; 'slack', a Slack incoming-webhook message the sender writes from that payload when it
-- sends (worker/webhooks/slack-message.ts). Every endpoint from before this migration keeps sending the JSON.
ALTER TABLE `webhook_endpoints` ADD `format` text DEFAULT 'standard' NOT NULL;
