import { Notice } from "../../components/Notice";
import { ResendVerification } from "../../components/ResendVerification";

/** For an account that claims the recipient's address but has not proved it: nothing was used up. */
export function VerifyEmailPrompt({ message, email }: { message: string; email: string | undefined }) {
  return (
    <>
      <Notice tone="error">
        <p>{message}</p>
        <p>
          We mailed a verification link to {email ?? "your address"}. Open it, then open this secret's link again: the
          secret has not been used up.
        </p>
      </Notice>
      <ResendVerification />
    </>
  );
}
