import { AuthForm } from "../../components/AuthForm";
import { signUp } from "../../lib/api-routes";

export default function SignUpPage() {
  return (
    <AuthForm
      title="Create an account"
      send={signUp}
      submitLabel="Sign up"
      newPassword={true}
      switchTo={{ path: "/signin", prompt: "Already have an account?", label: "Sign in" }}
    />
  );
}
