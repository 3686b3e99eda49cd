import { useState } from 'react';
import { nextUpdateFrom } from '../../../electron/common/briefing/next-update';
import { getBriefdeskApi } from '../briefdesk-api';
import { errorMessage, unwrap } from '../library/library-api';
import { useNavigation } from '../shell/navigation';

/**
 * "New update from this one": saves, then opens the next report of the series (report No. +1, a new
 * "as of", no embargo, a link back to this one, its corrections log carried over).
 */
export function NextUpdateButton({ briefingId, flush }: { briefingId: string; flush: () => Promise<unknown> }) {
  const { navigate } = useNavigation();
  const [problem, setProblem] = useState('');
  const start = async () => {
    try {
      await flush();
      const api = getBriefdeskApi();
      const current = await unwrap(api.briefings.get({ id: briefingId }));
      const created = await unwrap(api.briefings.create(nextUpdateFrom(current, new Date())));
      navigate({ screen: 'editor', briefingId: created.id });
    } catch (error) {
      setProblem(`The new update could not be made: ${errorMessage(error)}`);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void start()}>
        New update from this one
      </button>
      {problem ? <span role="alert">{problem}</span> : null}
    </>
  );
}
