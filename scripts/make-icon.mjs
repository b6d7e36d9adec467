#!/usr/bin/env node
// Draws images/icon.png (128x128): a rounded dark-teal tile with a white handset-like arc and three signal bars,
// written as a PNG with node's zlib only. Run `node scripts/make-icon.mjs` to redraw it.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const SIZE = 128;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function pixel(x, y) {
  const cx = x + 0.5, cy = y + 0.5;
  // Rounded tile (radius 24): outside it is transparent.
  const r = 24, inX = Math.max(r - cx, 0, cx - (SIZE - r)), inY = Math.max(r - cy, 0, cy - (SIZE - r));
  if (inX * inX + inY * inY > r * r) return [0, 0, 0, 0];
  const shade = 1 - cy / SIZE / 3;
  let color = [Math.round(18 * shade), Math.round(110 * shade), Math.round(120 * shade), 255];
  // Three signal bars, growing to the right.
  for (let i = 0; i < 3; i++) {
    const left = 70 + i * 14, top = 78 - i * 18;
    if (cx >= left && cx < left + 9 && cy >= top && cy < 96) color = [255, 255, 255, 255];
  }
  // A thick arc (quarter ring) in the lower left: the handset.
  const dx = cx - 30, dy = cy - 98, d = Math.hypot(dx, dy);
  if (d > 34 && d < 46 && dx > 0 && dy < 0) color = [255, 214, 102, 255];
  return color;
}

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0;
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, y * (SIZE * 4 + 1) + 1 + x * 4);
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
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
fs.mkdirSync(path.join(root, "images"), { recursive: true });
fs.writeFileSync(path.join(root, "images/icon.png"), png);
console.log(`wrote images/icon.png (${png.length} bytes)`);
