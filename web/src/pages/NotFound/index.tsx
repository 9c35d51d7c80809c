export default function NotFoundPage() {
  return (
    <main class="page">
      <div class="card">
        <h1>Page not found</h1>
        <p>There is nothing at this address.</p>
        <p>
          <a href="/">Go to Oncelink</a>
        </p>
      </div>
    </main>
  );
}
