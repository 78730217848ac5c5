import { describe, expect, test } from 'vitest';
import { searchWordsFromPath } from '../../src/lib/not-found.ts';

describe('the 404 page offers a search for the words of the address', () => {
  test('an old or mistyped page address becomes its words', () => {
    expect(searchWordsFromPath('/anakinra-dose/', '/')).toBe('anakinra dose');
    expect(searchWordsFromPath('/side_effects/Injection-Site', '/')).toBe('side effects injection site');
  });
  test('the subpath a host serves the guide from is not a search word', () => {
    expect(searchWordsFromPath('/ra-guide/anakinra-dose', '/ra-guide/')).toBe('anakinra dose');
    expect(searchWordsFromPath('/ra-guide/', '/ra-guide/')).toBe('');
    expect(searchWordsFromPath('/ra-guide', '/ra-guide/')).toBe('');
  });
  test('a .html ending, "index", numbers and escapes are left out', () => {
    expect(searchWordsFromPath('/old/methotrexate.html', '/')).toBe('old methotrexate');
    expect(searchWordsFromPath('/guide/index.html', '/')).toBe('guide');
    expect(searchWordsFromPath('/404/', '/')).toBe('');
    expect(searchWordsFromPath('/folic%20acid/', '/')).toBe('folic acid');
    expect(searchWordsFromPath('/bad%E0%A4%A/page', '/')).toBe('bad e0 a4 a page');
  });
  test('a long address gives a few words, and no hash-like strings', () => {
    expect(searchWordsFromPath('/a/b/c/d/e/f/g/h/', '/')).toBe('a b c d e f');
    expect(searchWordsFromPath(`/results/${'x'.repeat(40)}/`, '/')).toBe('results');
  });
});
