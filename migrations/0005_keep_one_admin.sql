-- A deployment always keeps an admin: demoting or removing the last one aborts the statement, and with it
-- the D1 batch that carries the change's audit event (worker/routes/member-admin.ts answers 409 last_admin).
-- In the database rather than a check before the write, so two admins demoting each other at the same
-- moment cannot both succeed. Invited admins without a password yet do not count as the one kept.
CREATE TRIGGER `keep_one_admin_on_update` BEFORE UPDATE OF `role` ON `users`
WHEN OLD.`role` = 'admin' AND NEW.`role` <> 'admin'
  AND NOT EXISTS (SELECT 1 FROM `users` WHERE `role` = 'admin' AND `id` <> OLD.`id` AND `password_hash` <> '')
BEGIN
  SELECT RAISE(ABORT, 'last_admin');
END;
--> statement-breakpoint
CREATE TRIGGER `keep_one_admin_on_delete` BEFORE DELETE ON `users`
WHEN OLD.`role` = 'admin'
  AND NOT EXISTS (SELECT 1 FROM `users` WHERE `role` = 'admin' AND `id` <> OLD.`id` AND `password_hash` <> '')
BEGIN
  SELECT RAISE(ABORT, 'last_admin');
END;
