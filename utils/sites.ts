import { browser } from 'wxt/browser';

/** Content scripts registered for the reader's sites carry this id prefix, then the host. */
const PREFIX = 'site:';
/** The content script WXT builds from entrypoints/content. */
const CONTENT_JS = 'content-scripts/content.js';

/** Hosts the reader added, from the registered content scripts (what the browser will run). */
export async function addedSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .map((s) => s.id)
    .filter((id) => id.startsWith(PREFIX))
    .map((id) => id.slice(PREFIX.length))
    .sort();
}

/**
 * Asks for the site's host permission (call it from the reader's click, before any other await) and,
 * once granted, registers the content script there. False when the reader declines.
 */
export async function addSite(site: { host: string; pattern: string }): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [site.pattern] });
  if (!granted) return false;
  const id = `${PREFIX}${site.host}`;
  await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
  await browser.scripting.registerContentScripts([
    { id, matches: [site.pattern], js: [CONTENT_JS], runAt: 'document_idle' },
  ]);
  return true;
}

/** Stops running on a site and gives its permission back. */
export async function removeSite(host: string): Promise<void> {
  const id = `${PREFIX}${host}`;
  const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  await browser.scripting.unregisterContentScripts({ ids: [id] });
  // A permission the build itself holds (the e2e build's local pages) is not the reader's to remove.
  const required = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const origins = (script?.matches ?? [`*://${host}/*`]).filter((o) => !required.has(o));
  if (origins.length) await browser.permissions.remove({ origins }).catch(() => false);
}
