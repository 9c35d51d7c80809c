import { useSession } from "../../lib/use-session";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { DeleteAccount } from "./DeleteAccount";
import { Passkeys } from "./Passkeys";
import "./style.css";

export default function AccountPage() {
  const { user } = useSession();
  // The shell renders this page only for a signed-in user.
  if (!user) return null;

  return (
    <>
      <h1>Account</h1>
      <dl class="card account-details">
        <div>
          <dt>Email</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>Email verified</dt>
          <dd>{user.emailVerified ? "Yes" : "Not yet"}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{user.role === "admin" ? "Admin" : "Member"}</dd>
        </div>
      </dl>
      <Passkeys />
      <ChangePasswordForm email={user.email} />
      <DeleteAccount />
    </>
  );
}
