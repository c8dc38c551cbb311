/**
 * The library page's places, in its address's #fragment so each can be bookmarked and the back
 * button works: the list, a person (#person=周明远), a policy phrase (#phrase=…), an
 * organisation (#org=…) and the index of them all (#index).
 */
export type ArchiveRoute =
  | { kind: 'list' }
  | { kind: 'index' }
  | { kind: 'person' | 'phrase' | 'org'; name: string };

export function archiveHref(kind: 'person' | 'phrase' | 'org', name: string): string {
  return `#${kind}=${encodeURIComponent(name)}`;
}

export function readRoute(hash: string): ArchiveRoute {
  if (hash === '#index') return { kind: 'index' };
  const m = /^#(person|phrase|org)=(.+)$/.exec(hash);
  if (!m) return { kind: 'list' };
  try {
    const name = decodeURIComponent(m[2]!).trim();
    return name ? { kind: m[1] as 'person' | 'phrase' | 'org', name } : { kind: 'list' };
  } catch {
    return { kind: 'list' };
  }
}
