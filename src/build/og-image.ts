import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/**
 * Link-preview images (1200 × 630 PNG), drawn at build time from a page's title with no
 * network: the font is read from the installed @fontsource package, laid out by satori
 * (text becomes paths) and rasterised by resvg.
 */
export const ogSize = { width: 1200, height: 630 } as const;

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`));

let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node[] | string): Node => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

export interface OgImageInput {
  title: string;
  /** The site's name, shown small above the title. */
  siteName: string;
  /** One line under the title, e.g. who the page is for. */
  footer: string;
}

/** Title sizes step down for long titles so they fit in three lines. */
export function titleFontSize(title: string): number {
  if (title.length <= 30) return 76;
  if (title.length <= 60) return 64;
  return 52;
}

export async function ogImagePng({ title, siteName, footer }: OgImageInput): Promise<Uint8Array<ArrayBuffer>> {
  fonts ??= [
    { name: 'Atkinson Hyperlegible', data: fontFile(400), weight: 400, style: 'normal' },
    { name: 'Atkinson Hyperlegible', data: fontFile(700), weight: 700, style: 'normal' },
  ];
  const tree = el(
    'div',
    {
      // satori sizes boxes without their padding (content-box), so take the padding off.
      width: ogSize.width - 160,
      height: ogSize.height - 144,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 80px',
      background: '#005eb8',
      color: '#ffffff',
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      el('div', { fontSize: 34, fontWeight: 700, opacity: 0.95 }, siteName),
      el('div', { fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.15, maxWidth: 1040 }, title),
      el('div', { display: 'flex', fontSize: 30, borderTop: '4px solid #ffffff', paddingTop: 24 }, footer),
    ],
  );
  // satori's types expect React elements; this plain tree is the same shape.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { ...ogSize, fonts });
  // A copy with its own ArrayBuffer, which Response accepts as a body.
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: ogSize.width } }).render().asPng());
}
