import { tRich } from "../../lib/i18n-rich";
import { Notice } from "../Notice";
import { ResendVerification } from "../ResendVerification";

// dir="ltr" isolates the address, so a right-to-left sentence does not reorder its parts.

/** Until its address is proved, an account opens no secret shared with that address. */
export function VerifyEmailBanner({ email }: { email: string }) {
  return (
    <Notice tone="warning">
      <p>{tRich("common.verifyBanner.text", { strong: (text) => <strong dir="ltr">{text}</strong> }, { email })}</p>
      <ResendVerification />
    </Notice>
  );
}
