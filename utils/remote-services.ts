import { browser } from 'wxt/browser';
import type { ScriptServices } from '../lib/normalize/services';
import type { Message } from './messages';

/**
 * Script services answered by the background, which holds the dictionaries (OpenCC, pinyin-pro), so
 * the content script that every news page loads stays small.
 */
export const remoteServices: ScriptServices = {
  async readings(chars) {
    return (await browser.runtime.sendMessage({
      type: 'govlens:readings',
      chars: [...chars],
    } satisfies Message)) as Record<string, string[]>;
  },
  async convert(texts, to) {
    return (await browser.runtime.sendMessage({
      type: 'govlens:convert',
      texts: [...texts],
      to,
    } satisfies Message)) as string[];
  },
};
