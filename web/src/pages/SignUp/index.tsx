import { AuthForm } from "../../components/AuthForm";

export default function SignUpPage() {
  return (
    <AuthForm
      title="Create an account"
      endpoint="/api/auth/signup"
      submitLabel="Sign up"
      newPassword={true}
      switchTo={{ path: "/signin", prompt: "Already have an account?", label: "Sign in" }}
    />
  );
}
