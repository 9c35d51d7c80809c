// A placeholder until the audit issue lands; the route and the sidebar link are already in place.
export default function AuditPage() {
  return (
    <>
      <h1>Audit Logs</h1>
      <div class="card">
        <p>The audit trail arrives soon: who created, viewed and burned which secret, and when.</p>
      </div>
    </>
  );
}
