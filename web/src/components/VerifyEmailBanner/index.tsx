import { Notice } from "../Notice";
import { ResendVerification } from "../ResendVerification";

/** Until its address is proved, an account opens no secret shared with that address. */
export function VerifyEmailBanner({ email }: { email: string }) {
  return (
    <Notice tone="warning">
      <p>
        Check your inbox to verify <strong>{email}</strong>. Until then, secrets shared with this address will not open
        for you.
      </p>
      <ResendVerification />
    </Notice>
  );
}
