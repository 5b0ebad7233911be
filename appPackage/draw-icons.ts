/**
 * Draws the two app icons Teams asks for and writes them beside this file:
 *   color.png   192×192, the hub symbol in white on the app's accent colour, full bleed
 *               (Teams rounds the corners itself) with the symbol inside the central
 *               120×120 safe area;
 *   outline.png 32×32, the same symbol in white on transparent, for the Teams app bar.
 * The PNGs are committed; run `npx tsx appPackage/draw-icons.ts` only to change them.
 *
 * The symbol is a hub: a centre joined to six people around it, the programme's
 * Digital Champions and the colleagues they help.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodePng, type RgbaImage } from './png.js';

export const ACCENT_COLOR = '#0B6A6A';

interface HubShape {
  centreRadius: number;
  satelliteRadius: number;
  satelliteDistance: number;
  spokeHalfWidth: number;
}

// In units of the symbol's half-size; the outline is bolder so it survives 32 pixels.
const COLOUR_SHAPE: HubShape = { centreRadius: 0.27, satelliteRadius: 0.17, satelliteDistance: 0.8, spokeHalfWidth: 0.055 };
const OUTLINE_SHAPE: HubShape = { centreRadius: 0.3, satelliteRadius: 0.2, satelliteDistance: 0.76, spokeHalfWidth: 0.085 };

function distanceToSegment(px: number, py: number, bx: number, by: number): number {
  const t = Math.max(0, Math.min(1, (px * bx + py * by) / (bx * bx + by * by)));
  return Math.hypot(px - t * bx, py - t * by);
}

function insideHub(shape: HubShape, x: number, y: number): boolean {
  if (Math.hypot(x, y) <= shape.centreRadius) return true;
  for (let k = 0; k < 6; k++) {
    const angle = -Math.PI / 2 + (k * Math.PI) / 3;
    const sx = shape.satelliteDistance * Math.cos(angle);
    const sy = shape.satelliteDistance * Math.sin(angle);
    if (Math.hypot(x - sx, y - sy) <= shape.satelliteRadius) return true;
    if (distanceToSegment(x, y, sx, sy) <= shape.spokeHalfWidth) return true;
  }
  return false;
}

/** How much of each pixel the symbol covers, from 4×4 samples per pixel (smooth edges). */
function coverage(shape: HubShape, size: number, symbolSize: number): Float64Array {
  const samples = 4;
  const cover = new Float64Array(size * size);
  const half = symbolSize / 2;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples - size / 2) / half;
          const y = (py + (sy + 0.5) / samples - size / 2) / half;
          if (insideHub(shape, x, y)) hits++;
        }
      }
      cover[py * size + px] = hits / (samples * samples);
    }
  }
  return cover;
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

export function drawColourIcon(): RgbaImage {
  const size = 192;
  const cover = coverage(COLOUR_SHAPE, size, 120);
  const [r, g, b] = hexToRgb(ACCENT_COLOR);
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((amount, i) => {
    rgba[i * 4] = Math.round(r + (255 - r) * amount);
    rgba[i * 4 + 1] = Math.round(g + (255 - g) * amount);
    rgba[i * 4 + 2] = Math.round(b + (255 - b) * amount);
    rgba[i * 4 + 3] = 255;
  });
  return { width: size, height: size, rgba };
}

export function drawOutlineIcon(): RgbaImage {
  const size = 32;
  const cover = coverage(OUTLINE_SHAPE, size, 30);
  const rgba = new Uint8Array(size * size * 4);
  cover.forEach((amount, i) => {
    rgba.set([255, 255, 255, Math.round(255 * amount)], i * 4);
  });
  return { width: size, height: size, rgba };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  writeFileSync(path.join(here, 'color.png'), encodePng(drawColourIcon()));
  writeFileSync(path.join(here, 'outline.png'), encodePng(drawOutlineIcon()));
  console.log(`Wrote ${path.join(here, 'color.png')} and ${path.join(here, 'outline.png')}`);
}
