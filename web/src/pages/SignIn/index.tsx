import { AuthForm } from "../../components/AuthForm";
import { signIn } from "../../lib/api-routes";

export default function SignInPage() {
  return (
    <AuthForm
      title="Sign in"
      send={signIn}
      submitLabel="Sign in"
      newPassword={false}
      switchTo={{ path: "/signup", prompt: "New to Oncelink?", label: "Create an account" }}
    />
  );
}
