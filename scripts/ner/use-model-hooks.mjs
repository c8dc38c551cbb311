/** Module hooks of use-model.mjs: resolve assets/ner-model.json to the file it was given. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

let replacement = null;

export function initialize(data) {
  replacement = pathToFileURL(path.resolve(data.file)).href;
}

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  return replacement && resolved.url.endsWith('/assets/ner-model.json')
    ? { ...resolved, url: replacement }
    : resolved;
}
