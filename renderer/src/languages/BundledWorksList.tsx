import { bundledWorks } from '../../../electron/common/language/bundled-licences';

/** The fonts and dictionaries shipped inside the app, each with its licence. */
export function BundledWorksList() {
  return (
    <section aria-labelledby="bundled-works-title">
      <h2 id="bundled-works-title">Fonts and dictionaries</h2>
      <ul className="bundled-works">
        {bundledWorks.map((work) => (
          <li key={work.name}>
            {work.name} — {work.use}. Licence: {work.licence}.
          </li>
        ))}
      </ul>
    </section>
  );
}
