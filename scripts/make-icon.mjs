// Draws build/icon.png (512×512): two speech bubbles over a timeline. Run `node scripts/make-icon.mjs`;
// the PNG is committed, this script is how to redraw it. No image library: shapes are sampled 4×4 per
// pixel for smooth edges and written as a PNG with zlib.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 512;
const NAVY = [35, 57, 93], NAVY_LIGHT = [48, 82, 128], CREAM = [242, 239, 230], AMBER = [242, 165, 65];

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r)), dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const triangle = ([ax, ay], [bx, by], [cx, cy]) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const union = (...shapes) => (x, y) => shapes.some((f) => f(x, y));

const background = roundRect(24, 24, 488, 488, 104);
// Painted in order, last on top; the background's colour is a vertical gradient.
const layers = [
  [union(roundRect(96, 104, 284, 224, 30), triangle([138, 220], [190, 220], [146, 284])), CREAM],
  [union(roundRect(232, 152, 420, 272, 30), triangle([322, 268], [374, 268], [366, 316])), AMBER],
  [roundRect(88, 332, 424, 348, 8), CREAM],
  [circle(146, 340, 26), CREAM], [circle(256, 340, 26), AMBER], [circle(366, 340, 26), CREAM],
];

function sample(x, y) {
  if (!background(x, y)) return null;
  for (let i = layers.length - 1; i >= 0; i--) if (layers[i][0](x, y - 20)) return layers[i][1]; // 20 px lower: centred
  const t = y / SIZE;
  return NAVY.map((c, k) => c + (NAVY_LIGHT[k] - c) * t);
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
      const c = sample(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4);
      if (c) { sum[0] += c[0]; sum[1] += c[1]; sum[2] += c[2]; sum[3] += 1; }
    }
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    const n = sum[3] || 1;
    raw[o] = Math.round(sum[0] / n); raw[o + 1] = Math.round(sum[1] / n); raw[o + 2] = Math.round(sum[2] / n);
    raw[o + 3] = Math.round((sum[3] / 16) * 255);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'build', 'icon.png');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
]));
console.log(`Wrote ${file}`);
