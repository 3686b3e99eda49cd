import { useEffect, useState } from 'react';
import { getBriefdeskApi } from '../briefdesk-api';

const sessionKey = 'briefdesk.reviewingAs';

/**
 * Who comments and suggests in this window: the name given for this session ("reviewing as"),
 * else Settings' author name. A second person on the same machine names themself without
 * changing Settings; the name lasts until the app closes.
 */
export function useReviewerName(): { name: string; settingsName: string; setSessionName: (name: string) => void } {
  const [settingsName, setSettingsName] = useState('');
  const [sessionName, setSessionNameState] = useState(() => sessionStorage.getItem(sessionKey) ?? '');

  useEffect(() => {
    let alive = true;
    void getBriefdeskApi()
      .settings.get()
      .then((result) => {
        if (alive && result.ok) setSettingsName(result.value.authorName);
      });
    return () => {
      alive = false;
    };
  }, []);

  const setSessionName = (name: string) => {
    const trimmed = name.trim().slice(0, 120);
    if (trimmed) sessionStorage.setItem(sessionKey, trimmed);
    else sessionStorage.removeItem(sessionKey);
    setSessionNameState(trimmed);
  };

  return { name: sessionName || settingsName.trim(), settingsName, setSessionName };
}
