import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site.ts';

test('every rubric phase and the review checklist print without navigation or buttons, and with link URLs', async ({ page, request }) => {
  const paths = (await sitemapPaths(request)).filter((path) => /^\/rubric\/[^/]+\/$/.test(path));
  expect(paths.length, 'the sitemap lists rubric phases').toBeGreaterThan(0);
  for (const path of [...paths, '/review/']) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner'), path).toBeHidden();
    await expect(page.getByRole('contentinfo'), path).toBeHidden();
    for (const button of await page.getByRole('button').all()) await expect(button, path).toBeHidden();
    await expect(page.getByRole('main'), path).toBeVisible();
    // On paper a link is only useful with its address beside it; links within the page need none.
    const unlabelled = await page.getByRole('main').evaluate((main) =>
      [...main.querySelectorAll<HTMLAnchorElement>('a[href]:not([href^="#"])')]
        .filter((link) => link.checkVisibility())
        .filter((link) => !getComputedStyle(link, '::after').content.includes(link.getAttribute('href') ?? ''))
        .map((link) => link.getAttribute('href')),
    );
    expect(unlabelled, path).toEqual([]);
  }
});
