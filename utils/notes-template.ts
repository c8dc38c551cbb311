import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { templateError } from '../lib/export/notes';
import { SETTINGS_KEYS } from './settings-file';

/** The reader's Markdown template from the options page; undefined for the default (or a broken one). */
export async function storedTemplate(): Promise<string | undefined> {
  const got = await browser.storage.local.get(SETTINGS_KEYS.template);
  const t = got[SETTINGS_KEYS.template];
  return typeof t === 'string' && !templateError(t) ? t : undefined;
}

/** The reader's template for a view, read once when it opens (undefined until then, and for the default). */
export function useStoredTemplate(): string | undefined {
  const [template, setTemplate] = useState<string | undefined>(undefined);
  useEffect(() => {
    storedTemplate()
      .then(setTemplate)
      .catch(() => undefined);
  }, []);
  return template;
}
