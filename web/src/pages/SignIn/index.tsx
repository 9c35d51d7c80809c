import { AuthForm } from "../../components/AuthForm";

export default function SignInPage() {
  return (
    <AuthForm
      title="Sign in"
      endpoint="/api/auth/login"
      submitLabel="Sign in"
      newPassword={false}
      switchTo={{ path: "/signup", prompt: "New to Oncelink?", label: "Create an account" }}
    />
  );
}
