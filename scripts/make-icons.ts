/**
 * Draws Sidelight's toolbar icons (assets/icons/<size>.png) from the same shapes as assets/icons/icon.svg: a rounded
 * teal square (the page), three text lines, and a bright bar on the right (the side light). Pure node, no downloads.
 * Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
/** Samples per pixel side: 4×4 supersampling gives smooth edges at 16 px. */
const SUPERSAMPLE = 4;
const OUT = join(import.meta.dirname, '..', 'assets', 'icons');

type Rgba = [number, number, number, number];
/** Shapes in a 128-unit box, painted in order (later on top), same as icon.svg. */
const SHAPES: { x: number; y: number; w: number; h: number; r: number; color: Rgba }[] = [
  { x: 4, y: 4, w: 120, h: 120, r: 24, color: [31, 95, 122, 255] },
  { x: 22, y: 34, w: 58, h: 10, r: 5, color: [255, 255, 255, 230] },
  { x: 22, y: 59, w: 58, h: 10, r: 5, color: [255, 255, 255, 230] },
  { x: 22, y: 84, w: 40, h: 10, r: 5, color: [255, 255, 255, 230] },
  { x: 92, y: 20, w: 16, h: 88, r: 8, color: [255, 213, 74, 255] },
];

function inside(px: number, py: number, s: (typeof SHAPES)[number]): boolean {
  const cx = Math.min(Math.max(px, s.x + s.r), s.x + s.w - s.r);
  const cy = Math.min(Math.max(py, s.y + s.r), s.y + s.h - s.r);
  return (px - cx) ** 2 + (py - cy) ** 2 <= s.r ** 2 && px >= s.x && px <= s.x + s.w && py >= s.y && py <= s.y + s.h;
}

function pixel(x: number, y: number, size: number): Rgba {
  const acc = [0, 0, 0, 0];
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const px = ((x + (sx + 0.5) / SUPERSAMPLE) * 128) / size;
      const py = ((y + (sy + 0.5) / SUPERSAMPLE) * 128) / size;
      let c: Rgba = [0, 0, 0, 0];
      for (const shape of SHAPES) {
        if (!inside(px, py, shape)) continue;
        const a = shape.color[3] / 255;
        const under = c;
        c = [0, 1, 2]
          .map((i) => (shape.color[i] ?? 0) * a + (under[i] ?? 0) * (1 - a))
          .concat(Math.max(under[3], shape.color[3])) as Rgba;
      }
      // Premultiplied accumulation keeps edge pixels from darkening.
      for (let i = 0; i < 3; i++) acc[i] = (acc[i] ?? 0) + (c[i] ?? 0) * (c[3] / 255);
      acc[3] = (acc[3] ?? 0) + c[3];
    }
  }
  const n = SUPERSAMPLE * SUPERSAMPLE;
  const alpha = (acc[3] ?? 0) / n;
  const un = (v: number) => (alpha > 0 ? Math.round(v / n / (alpha / 255)) : 0);
  return [un(acc[0] ?? 0), un(acc[1] ?? 0), un(acc[2] ?? 0), Math.round(alpha)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  writeFileSync(join(OUT, `${size}.png`), png(size));
  console.log(`wrote assets/icons/${size}.png`);
}
