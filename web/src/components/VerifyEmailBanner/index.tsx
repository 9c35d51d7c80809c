import { tRich } from "../../lib/i18n-rich";
import { Notice } from "../Notice";
import { ResendVerification } from "../ResendVerification";

/** Until its address is proved, an account opens no secret shared with that address. */
export function VerifyEmailBanner({ email }: { email: string }) {
  return (
    <Notice tone="warning">
      <p>{tRich("common.verifyBanner.text", { strong: (text) => <strong>{text}</strong> }, { email })}</p>
      <ResendVerification />
    </Notice>
  );
}
