ALTER TABLE `users` ADD `sso_linked_at` integer;--> statement-breakpoint
-- An account that signs in through Access or OIDC has no password (password_hash is empty, like an invitee
-- who has not set one yet), yet it is in use: a linked SSO admin counts as the admin kept (see 0005).
DROP TRIGGER `keep_one_admin_on_update`;
--> statement-breakpoint
DROP TRIGGER `keep_one_admin_on_delete`;
--> statement-breakpoint
CREATE TRIGGER `keep_one_admin_on_update` BEFORE UPDATE OF `role` ON `users`
WHEN OLD.`role` = 'admin' AND NEW.`role` <> 'admin'
  AND NOT EXISTS (SELECT 1 FROM `users` WHERE `role` = 'admin' AND `id` <> OLD.`id`
    AND (`password_hash` <> '' OR `sso_linked_at` IS NOT NULL))
BEGIN
  SELECT RAISE(ABORT, 'last_admin');
END;
--> statement-breakpoint
CREATE TRIGGER `keep_one_admin_on_delete` BEFORE DELETE ON `users`
WHEN OLD.`role` = 'admin'
  AND NOT EXISTS (SELECT 1 FROM `users` WHERE `role` = 'admin' AND `id` <> OLD.`id`
    AND (`password_hash` <> '' OR `sso_linked_at` IS NOT NULL))
BEGIN
  SELECT RAISE(ABORT, 'last_admin');
END;
