import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const HIGHLIGHT = path.resolve('lib/highlight');

/** Every module a file of lib/highlight imports, as a path relative to lib/. */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(HIGHLIGHT, file), 'utf8');
  return [...source.matchAll(/from '(\.[^']+)'/g)].map((m) =>
    path.relative(path.resolve('lib'), path.resolve(HIGHLIGHT, m[1]!)),
  );
}

describe('lib/highlight imports', () => {
  it('point one way: to the text model and the entities, never back to the card builder', () => {
    const files = fs.readdirSync(HIGHLIGHT).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    const all = files.flatMap(importsOf);
    expect(all).toContain('model/mapped-text');
    for (const target of all) expect(target).not.toMatch(/^(build-card|analyze|local|export|store)\b/);
  });
});
