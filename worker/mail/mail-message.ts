// One outgoing mail as every transport takes it. Apart from mailer.ts so that the transports it picks
// between (the dev outbox among them) can name the type without importing the module that imports them.
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}
