import type { AppInfo } from '../../../electron/common/app-info';
import { BundledWorksList } from '../languages/BundledWorksList';

/** Version, platform and the data folder, so users know what to back up. */
export function AboutScreen({ info }: { info: AppInfo }) {
  return (
    <section aria-labelledby="about-title" className="screen">
      <h1 id="about-title">About Briefdesk</h1>
      <p>A desktop editor for situation briefings. Everything stays on this computer; nothing is sent anywhere.</p>
      <dl className="facts">
        <dt>Version</dt>
        <dd data-testid="app-version">{info.version}</dd>
        <dt>Data folder</dt>
        <dd>
          <code data-testid="data-dir">{info.dataDir}</code>
        </dd>
        <dt>Platform</dt>
        <dd>{info.platform}</dd>
      </dl>
      <p className="hint">Back up, move or sync the data folder to keep your briefings safe.</p>
      <BundledWorksList />
    </section>
  );
}
