import type { ProfileHistoryEntry } from '../lib/protocol/profile.ts';
import { formatTime } from './display-format.ts';

const HOW: Record<ProfileHistoryEntry['how'], string> = {
  installed: 'Installed by you',
  managed: 'Set by your organisation',
  updated: 'Updated from its address',
};

/** The last versions installed, newest first. */
export function ProfileHistory({ history }: { history: ProfileHistoryEntry[] }) {
  if (history.length === 0) {
    return <p className="muted">No profile installed yet: PostGuard is using its built-in default.</p>;
  }
  return (
    <table className="history">
      <caption className="visually-hidden">Profile versions installed, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Profile</th>
          <th scope="col">How</th>
          <th scope="col">When</th>
        </tr>
      </thead>
      <tbody>
        {history.map((h) => (
          <tr key={`${h.sha256}-${h.at}`}>
            <td>{h.version}</td>
            <td>{h.name}</td>
            <td>{HOW[h.how]}</td>
            <td>{formatTime(h.at)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
