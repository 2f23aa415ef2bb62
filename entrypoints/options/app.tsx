// The options page grows with the profiles issue (install by URL, accounts, managed policy).
export function App() {
  return (
    <main>
      <h1>PostGuard options</h1>
      <p>PostGuard is using its built-in default policy profile.</p>
    </main>
  );
}
