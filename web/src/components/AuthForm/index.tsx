import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { UserResult } from "../../../../protocol/api";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../../../protocol/limits";
import type { Credentials } from "../../../../protocol/schemas";
import { errorMessage } from "../../lib/api";
import { takeReturnPath } from "../../lib/return-path";
import { useSession } from "../../lib/use-session";
import { Field, hintId } from "../Field";
import { Notice } from "../Notice";

interface AuthFormProps {
  title: string;
  /** signIn or signUp from lib/api-routes. */
  send: (credentials: Credentials) => Promise<UserResult>;
  submitLabel: string;
  /** Sign-up asks for a new password (and says how long); sign-in for the current one. */
  newPassword: boolean;
  /** The other auth page, offered under the form; it keeps `?next=` so the detour still ends there. */
  switchTo: { path: "/signin" | "/signup"; prompt: string; label: string };
}

export function AuthForm({ title, send, submitLabel, newPassword, switchTo }: AuthFormProps) {
  const { user, setUser } = useSession();
  const { query, route } = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const keepNext = query.next ? `?next=${encodeURIComponent(query.next)}` : "";

  // Also covers opening /signin while already signed in; replace keeps the form out of the history.
  useEffect(() => {
    if (user) route(takeReturnPath(query.next), true);
  }, [user]);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await send({ email, password });
      setUser(answer.user);
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  }

  return (
    <main class="page">
      <form class="card" onSubmit={submit}>
        <h1>{title}</h1>
        {error && <Notice tone="error">{error}</Notice>}
        <Field id="email" label="Email">
          <input
            id="email"
            type="email"
            autocomplete="username"
            required
            value={email}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
        </Field>
        <Field
          id="password"
          label="Password"
          hint={newPassword ? `At least ${MIN_PASSWORD_LENGTH} characters.` : undefined}
        >
          <input
            id="password"
            type="password"
            autocomplete={newPassword ? "new-password" : "current-password"}
            required
            minLength={newPassword ? MIN_PASSWORD_LENGTH : undefined}
            maxLength={MAX_PASSWORD_LENGTH}
            aria-describedby={newPassword ? hintId("password") : undefined}
            value={password}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? "Please wait…" : submitLabel}
        </button>
        <p class="form-footer">
          {switchTo.prompt} <a href={switchTo.path + keepNext}>{switchTo.label}</a>
        </p>
      </form>
    </main>
  );
}
