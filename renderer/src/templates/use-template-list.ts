import { useCallback, useEffect, useState } from 'react';
import type { IpcError } from '../../../electron/common/ipc-result';
import type { TemplateSummary } from '../../../electron/common/template/briefing-template';
import { getBriefdeskApi } from '../briefdesk-api';

export interface TemplateList {
  templates: TemplateSummary[] | undefined;
  error: IpcError | undefined;
  reload: () => Promise<void>;
}

/** The built-in and user templates from main, reloadable after a change. */
export function useTemplateList(): TemplateList {
  const [templates, setTemplates] = useState<TemplateSummary[]>();
  const [error, setError] = useState<IpcError>();
  const reload = useCallback(async () => {
    const result = await getBriefdeskApi().templates.list();
    if (result.ok) {
      setTemplates(result.value);
      setError(undefined);
    } else {
      setError(result.error);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { templates, error, reload };
}
