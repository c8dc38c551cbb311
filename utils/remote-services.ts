import type { ScriptServices } from '../lib/normalize/services';
import { sendMessage } from './messages';

/** Script conversion answered by the background, which holds OpenCC's dictionaries. */
export const remoteConvert: ScriptServices['convert'] = (texts, to) =>
  sendMessage('govlens:convert', { texts: [...texts], to });
