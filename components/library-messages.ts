import { i18n } from '#i18n';
import { LibraryError } from '../lib/store/library';
import { errorMessage } from '../utils/error-message';

/** A library failure in the reader's words; what they can do about it, and that nothing was lost. */
export function libraryMessage(e: unknown): string {
  if (e instanceof LibraryError) {
    if (e.code === 'quota') return i18n.t('library.quota');
    if (e.code === 'newer-version') return i18n.t('library.newerVersion');
    if (e.code === 'unavailable') return i18n.t('library.unavailable', [e.message]);
    if (e.code === 'not-article') return i18n.t('library.notArticle');
    if (e.code === 'bad-import') return i18n.t('library.badImport');
  }
  return i18n.t('library.failed', [errorMessage(e)]);
}
