import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteUrl } from '../../src/lib/site-url.ts';

test('an unset or empty SITE_URL means no canonical origin', () => {
  assert.equal(siteUrl(undefined), undefined);
  assert.equal(siteUrl(''), undefined);
  assert.equal(siteUrl('  '), undefined);
});

test('SITE_URL gives its origin, with or without a trailing slash', () => {
  assert.equal(siteUrl('https://go-field-guide.example'), 'https://go-field-guide.example');
  assert.equal(siteUrl('https://go-field-guide.example/'), 'https://go-field-guide.example');
  assert.equal(siteUrl('http://localhost:4329'), 'http://localhost:4329');
});

test('a SITE_URL that is not an http origin is an error that says what is wrong', () => {
  assert.throws(() => siteUrl('go-field-guide.example'), /absolute URL/);
  assert.throws(() => siteUrl('ftp://go-field-guide.example'), /http or https/);
  assert.throws(() => siteUrl('https://example.com/guide/'), /no path/);
});
