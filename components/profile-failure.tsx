import type { ProfileFailure } from '../lib/protocol/profile.ts';

/** Why a profile was refused: the one line that says what to do, then every problem by path. */
export function ProfileFailureView({ error, title }: { error: ProfileFailure; title?: string }) {
  return (
    <div className="failure" role="alert">
      <p className="failure-title">{title ?? 'Not installed. Your current profile is unchanged.'}</p>
      <p className="failure-message">{error.message}</p>
      {error.problems.length > 1 && (
        <ul className="problems" aria-label="Problems in the profile">
          {error.problems.map((p, i) => (
            <li key={`${p.path}-${i}`}>
              {p.path && <code>{p.path}</code>} {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
