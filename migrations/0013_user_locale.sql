-- The language an account chose (PATCH /api/me {locale}, or the sign-up request's language): the mails to
-- that account use it. NULL until known; then the language of the request that caused the mail, else English.
ALTER TABLE `users` ADD `locale` text;
