import { browser } from 'wxt/browser';
import type { ScriptServices } from '../lib/normalize/services';
import type { Message } from './messages';

/** Script conversion answered by the background, which holds OpenCC's dictionaries. */
export const remoteConvert: ScriptServices['convert'] = async (texts, to) =>
  (await browser.runtime.sendMessage({
    type: 'govlens:convert',
    texts: [...texts],
    to,
  } satisfies Message)) as string[];
