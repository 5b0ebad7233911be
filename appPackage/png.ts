import zlib from 'node:zlib';

/**
 * Just enough PNG for the app icons: write 8-bit RGBA images, and read back the kinds of
 * PNG an icon editor saves (8-bit grey, RGB, grey+alpha or RGBA, not interlaced), so
 * that the package build can check icons that someone replaced by hand.
 */
export interface RgbaImage {
  width: number;
  height: number;
  /** Row-major, four bytes (red, green, blue, alpha) per pixel. */
  rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS_BY_COLOUR_TYPE: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export function encodePng(image: RgbaImage): Buffer {
  const { width, height, rgba } = image;
  if (rgba.length !== width * height * 4) throw new Error(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter set, no interlace
  const rowLength = width * 4;
  const raw = Buffer.alloc((rowLength + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (rowLength + 1)] = 0; // filter type None: flat icons compress well without filtering
    raw.set(rgba.subarray(y * rowLength, (y + 1) * rowLength), y * (rowLength + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

function unfilter(data: Buffer, width: number, height: number, bytesPerPixel: number): Uint8Array {
  const rowLength = width * bytesPerPixel;
  const out = new Uint8Array(rowLength * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (rowLength + 1)];
    const source = y * (rowLength + 1) + 1;
    const row = y * rowLength;
    for (let x = 0; x < rowLength; x++) {
      const value = data[source + x] ?? 0;
      const left = x >= bytesPerPixel ? (out[row + x - bytesPerPixel] ?? 0) : 0;
      const up = y > 0 ? (out[row - rowLength + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? (out[row - rowLength + x - bytesPerPixel] ?? 0) : 0;
      let predictor: number;
      switch (filter) {
        case 0: predictor = 0; break;
        case 1: predictor = left; break;
        case 2: predictor = up; break;
        case 3: predictor = (left + up) >> 1; break;
        case 4: predictor = paeth(left, up, upLeft); break;
        default: throw new Error(`PNG row ${y} has unknown filter type ${String(filter)}`);
      }
      out[row + x] = (value + predictor) & 0xff;
    }
  }
  return out;
}

export function decodePng(png: Buffer): RgbaImage {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = -1;
  const compressed: Buffer[] = [];
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const bitDepth = data[8];
      colourType = data[9] ?? -1;
      const interlace = data[12];
      if (bitDepth !== 8 || interlace !== 0 || !(colourType in CHANNELS_BY_COLOUR_TYPE)) {
        throw new Error(`unsupported PNG: bit depth ${String(bitDepth)}, colour type ${colourType}, interlace ${String(interlace)}`);
      }
    } else if (type === 'IDAT') {
      compressed.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const channels = CHANNELS_BY_COLOUR_TYPE[colourType];
  if (!channels || width === 0 || height === 0) throw new Error('PNG has no image header');
  const pixels = unfilter(zlib.inflateSync(Buffer.concat(compressed)), width, height, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    const grey = channels <= 2;
    rgba[i * 4] = pixels[p] ?? 0;
    rgba[i * 4 + 1] = (grey ? pixels[p] : pixels[p + 1]) ?? 0;
    rgba[i * 4 + 2] = (grey ? pixels[p] : pixels[p + 2]) ?? 0;
    rgba[i * 4 + 3] = channels === 2 ? (pixels[p + 1] ?? 0) : channels === 4 ? (pixels[p + 3] ?? 0) : 255;
  }
  return { width, height, rgba };
}
