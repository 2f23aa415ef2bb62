import type { ProfileFailure, ProfilePreview } from '../lib/protocol/profile.ts';
import { formatBytes } from './display-format.ts';
import { ProfileFailureView } from './profile-failure.tsx';
import { ProfileSummaryView } from './profile-summary.tsx';

/** The install form, step by step: nothing is installed until the user has seen the summary. */
export type InstallStep =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'needs-permission'; host: string }
  | { step: 'preview'; preview: ProfilePreview }
  | { step: 'installing'; preview: ProfilePreview }
  | { step: 'installed'; name: string; version: string }
  | { step: 'failed'; error: ProfileFailure };

interface Props {
  url: string;
  install: InstallStep;
  onUrlChange(url: string): void;
  onPreview(): void;
  onInstall(preview: ProfilePreview): void;
  onCancel(): void;
}

/** Paste a profile's address, see what it contains, install it with one click. */
export function ProfileInstallForm({ url, install, onUrlChange, onPreview, onInstall, onCancel }: Props) {
  const working = install.step === 'checking' || install.step === 'installing';
  return (
    <div className="install">
      <form
        className="url-row"
        onSubmit={(e) => {
          e.preventDefault();
          onPreview();
        }}
      >
        <label htmlFor="profile-url" className="label">
          Profile address
        </label>
        <div className="field-row">
          <input
            id="profile-url"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://intranet.example.org/postguard/profile.json"
            value={url}
            onChange={(e) => onUrlChange(e.target.value)}
            disabled={working}
            aria-describedby="profile-url-hint"
          />
          <button type="submit" disabled={working || !url.trim()}>
            {install.step === 'checking' ? 'Checking…' : 'Preview'}
          </button>
        </div>
        <p id="profile-url-hint" className="hint">
          Paste the link your organisation gave you. PostGuard downloads the file, checks every rule and shows
          what it contains. Nothing changes until you click Install.
        </p>
      </form>

      {install.step === 'checking' && (
        <p className="status" role="status">
          Downloading and checking the profile…
        </p>
      )}

      {install.step === 'needs-permission' && (
        <div className="callout" role="note">
          <p>
            PostGuard needs your permission to read files from <strong>{install.host}</strong>, to download this
            profile and keep it up to date. Your browser will ask you.
          </p>
          <button type="button" className="primary" onClick={onPreview}>
            Allow and show the profile
          </button>
        </div>
      )}

      {(install.step === 'preview' || install.step === 'installing') && (
        <section className="preview" aria-labelledby="preview-heading">
          <h3 id="preview-heading">Check this profile before installing it</h3>
          <ProfileSummaryView summary={install.preview.summary} />
          <p className="file-meta">
            {formatBytes(install.preview.bytes)} · SHA-256 <code title={install.preview.sha256}>{install.preview.sha256.slice(0, 16)}…</code>
            {install.preview.examplesChecked > 0 && ` · ${install.preview.examplesChecked} rule examples checked`}
          </p>
          {install.preview.alreadyActive && <p className="muted">This exact file is already your active profile.</p>}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={install.step === 'installing'}
              onClick={() => onInstall(install.preview)}
            >
              {install.step === 'installing' ? 'Installing…' : 'Install this profile'}
            </button>
            <button type="button" disabled={install.step === 'installing'} onClick={onCancel}>
              Cancel
            </button>
          </div>
        </section>
      )}

      {install.step === 'installed' && (
        <p className="status status-ok" role="status">
          Installed {install.name} version {install.version}. Open posts are being checked again under it.
        </p>
      )}

      {install.step === 'failed' && <ProfileFailureView error={install.error} />}
    </div>
  );
}
