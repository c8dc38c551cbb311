import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { libraryMessage } from '../../components/library-messages';
import { ReaderView } from '../../components/ReaderView';
import { type ReaderModel, readerModel } from '../../lib/reader/view';
import { Library } from '../../lib/store/library';
import './style.css';

/** reader.html?url=…: a saved article read from the library, with no request to its page. */
function ReaderPage() {
  const url = new URLSearchParams(location.search).get('url') ?? '';
  const [model, setModel] = useState<ReaderModel | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = i18n.t('reader.title');
    (async () => {
      const library = await Library.open();
      try {
        const saved = await library.get(url);
        if (!saved) return setMissing(url);
        const [notes, meta] = await Promise.all([library.annotations(url), library.meta(url)]);
        const next = readerModel(saved, notes, meta);
        setModel(next);
        if (next.title) document.title = next.title;
      } finally {
        library.close();
      }
    })().catch((e: unknown) => setError(libraryMessage(e)));
  }, []);

  // A link to a highlight (#hl-…) opened before the text was drawn: go there once it is.
  useEffect(() => {
    if (model && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [model]);

  return <ReaderView model={model} missing={missing} error={error} libraryHref="library.html" />;
}

render(<ReaderPage />, document.getElementById('app')!);
