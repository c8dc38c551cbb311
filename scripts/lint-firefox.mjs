// web-ext lint on the Firefox store build (.output/firefox-mv3, from `npm run build:firefox`): no
// error, and no warning about our own code. The one warning allowed is Preact's own
// dangerouslySetInnerHTML write (`el.innerHTML = props.__html`), which our code never uses (no page
// text ever goes into innerHTML); it is recognised by its source, not by its code or file name.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? '.output/firefox-mv3');
if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
  console.error(`no Firefox build in ${dir}: run npm run build:firefox`);
  process.exit(1);
}
let out;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
} catch (e) {
  // web-ext exits non-zero when it finds errors; its report is still on stdout.
  out = e.stdout;
}
const report = JSON.parse(out);
const PREACT_INNER_HTML = /\binnerHTML=\w+\.__html\b/;
const isPreactInnerHtml = (w) => {
  if (w.code !== 'UNSAFE_VAR_ASSIGNMENT' || !w.file || !w.line) return false;
  const line = fs.readFileSync(path.join(dir, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
  const at = w.column ?? 0;
  return PREACT_INNER_HTML.test(line.slice(Math.max(0, at - 60), at + 60));
};
const ours = report.warnings.filter((w) => !isPreactInnerHtml(w));
const show = (w) => `  ${w.code} ${w.file ?? ''}${w.line ? `:${w.line}:${w.column}` : ''} ${w.message}`;
console.log(
  `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${report.warnings.length - ours.length} in Preact's dangerouslySetInnerHTML), ${report.notices.length} notices`,
);
for (const e of report.errors) console.log(show(e));
for (const w of ours) console.log(show(w));
process.exit(report.errors.length || ours.length ? 1 : 0);
