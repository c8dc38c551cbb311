import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTES_TEMPLATE, templateError } from '../../lib/export/notes';
import { readSettingsFile, sitePattern } from '../../utils/settings-file';

describe('sites the reader adds', () => {
  it('take a host or an address, and cover that host', () => {
    expect(sitePattern('www.example.org')).toEqual({
      host: 'www.example.org',
      pattern: '*://www.example.org/*',
    });
    expect(sitePattern(' https://News.Example.org/a/b.html?x=1 ')).toEqual({
      host: 'news.example.org',
      pattern: 'https://news.example.org/*',
    });
    expect(sitePattern('*.example.org')?.pattern).toBe('*://*.example.org/*');
    expect(sitePattern('127.0.0.1')?.pattern).toBe('*://127.0.0.1/*');
    expect(sitePattern('http://127.0.0.1:8080/x')?.pattern).toBe('http://127.0.0.1/*');
  });

  it('refuse what is not a web host', () => {
    for (const bad of ['', 'file:///etc/passwd', 'javascript:alert(1)', 'exa mple.org', '*', 'a_b.example'])
      expect(sitePattern(bad), bad).toBeNull();
  });
});

describe('settings files', () => {
  it('read back what was written, and drop what is not a setting', () => {
    const file = readSettingsFile(
      JSON.stringify({
        format: 'govlens-settings',
        version: 1,
        template: '{{#highlights}}> {{quote}}\n{{/highlights}}',
        hiddenKinds: ['place', 'weather'],
        scripts: { 'www.example.org': 'traditional', 'bad host': 'simplified', 'a.example': 'klingon' },
        sites: ['news.example.org', 'file:///x', 3],
        glossary: [
          { term: ' 楼门长 ', explanation: '联络人' },
          { term: '楼门长' },
          { term: '' },
          null,
          { term: '河长制' },
        ],
      }),
    );
    expect(file.glossary).toEqual([
      { term: '楼门长', explanation: '联络人' },
      { term: '河长制', explanation: '' },
    ]);
    expect(file.template).toContain('{{quote}}');
    expect(file.hiddenKinds).toEqual(['place']);
    expect(file.scripts).toEqual({ 'www.example.org': 'traditional' });
    expect(file.sites).toEqual(['news.example.org']);
  });

  it('refuse a file that is not a settings export', () => {
    expect(() => readSettingsFile('{"format":"govlens-library"}')).toThrow();
    expect(() => readSettingsFile('not json')).toThrow();
  });
});

describe('export templates', () => {
  it('the default parses; an unclosed section is reported', () => {
    expect(templateError(DEFAULT_NOTES_TEMPLATE)).toBeNull();
    expect(templateError('{{#highlights}}> {{quote}}')).toMatch(/highlights/);
  });
});
