import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { loadConfig, type Config } from '../../api/src/config.js';
import { decodePng, encodePng } from '../../appPackage/png.js';
import { BOT_COMMANDS } from '../../bot/commands.js';

// @microsoft/app-manifest require()s strip-bom, which is an ES module only. Node 20 does
// that natively, but Jest's own module loader cannot before Node 24.9. The manifest
// validator never strips a BOM (it only reads files in functions this build does not
// call), so a CommonJS stand-in with the same behaviour is enough here.
jest.mock('strip-bom', () => ({
  __esModule: true,
  default: (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
}));

const { buildPackage, LOCAL_BOT_ID, ManifestValidationError, PACKAGE_FILE_NAME, renderManifest, validateManifest, writePackage } =
  await import('../../appPackage/build-package.js');

const CLIENT_ID = '5a1c7e20-9b3d-4f68-8e2a-c4d6b8f0a1e3';
const BOT_APP_ID = '9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4';
const TEAMS_APP_ID = '1b2c3d4e-5f60-4718-893a-0b1c2d3e4f50';

const localConfig = (): Config => loadConfig({});

const productionConfig = (): Config =>
  loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: 'postgres://hub@db.council.example/hub',
    PUBLIC_URL: 'https://hub.council.example',
    ENTRA_TENANT_ID: '8d5e3c1a-0f7b-4a62-9e14-3b2c7d9f0a51',
    ENTRA_CLIENT_ID: CLIENT_ID,
    ENTRA_CLIENT_SECRET: 'not-a-real-secret',
    BOT_APP_ID,
    BOT_APP_PASSWORD: 'not-a-real-secret',
    TEAMS_APP_ID,
  });

let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'hub-app-package-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

function outDir(name: string): string {
  return path.join(workDir, name);
}

describe('renderManifest', () => {
  it('points the Home tab, the developer links and validDomains at PUBLIC_URL', () => {
    const manifest = renderManifest(productionConfig());

    expect(manifest.staticTabs).toContainEqual(
      expect.objectContaining({ entityId: 'home', name: 'Home', contentUrl: 'https://hub.council.example/', scopes: ['personal'] }),
    );
    expect(manifest.staticTabs).toContainEqual({ entityId: 'about', scopes: ['personal'] });
    expect(manifest.developer).toMatchObject({
      websiteUrl: 'https://hub.council.example/',
      privacyUrl: 'https://hub.council.example/privacy',
      termsOfUseUrl: 'https://hub.council.example/terms',
    });
    expect(manifest.validDomains).toEqual(['hub.council.example']);
    expect(manifest.id).toBe(TEAMS_APP_ID);
  });

  it('offers the bot in personal and team scope with its command menus generated from BOT_COMMANDS', () => {
    const [bot] = renderManifest(productionConfig()).bots;

    expect(bot?.botId).toBe(BOT_APP_ID);
    expect(bot?.scopes).toEqual(['personal', 'team']);
    for (const scope of ['personal', 'team'] as const) {
      const expected = BOT_COMMANDS.filter((command) => command.scopes.includes(scope)).map(({ title, description }) => ({ title, description }));
      expect(bot?.commandLists).toContainEqual({ scopes: [scope], commands: expected });
    }
  });

  it('declares the Entra app for tab single sign-on when Entra is configured', () => {
    expect(renderManifest(productionConfig()).webApplicationInfo).toEqual({
      id: CLIENT_ID,
      resource: `api://hub.council.example/${CLIENT_ID}`,
    });
  });

  it('leaves single sign-on out, and uses the placeholder bot id, in local mode without settings', () => {
    const manifest = renderManifest(localConfig());

    expect(manifest.webApplicationInfo).toBeUndefined();
    expect(manifest.bots[0]?.botId).toBe(LOCAL_BOT_ID);
    expect(manifest.validDomains).toEqual(['localhost:3978']);
  });
});

describe('buildPackage', () => {
  it.each([
    ['local mode', localConfig],
    ['production', productionConfig],
  ])('writes a zip with a valid manifest and both icons at the sizes Teams needs (%s)', async (mode, config) => {
    const zipPath = await buildPackage(config(), outDir(`valid-${mode}`));

    expect(path.basename(zipPath)).toBe(PACKAGE_FILE_NAME);
    const zip = await JSZip.loadAsync(await readFile(zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest: unknown = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(await validateManifest(manifest)).toEqual([]);
    expect(manifest).toMatchObject({ icons: { color: 'color.png', outline: 'outline.png' } });

    const color = decodePng(await zip.file('color.png')!.async('nodebuffer'));
    const outline = decodePng(await zip.file('outline.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('ships an outline icon that is white on transparent, and draws something on it', async () => {
    const outline = decodePng(await readFile(new URL('../../appPackage/outline.png', import.meta.url)));
    const pixels = Array.from({ length: outline.width * outline.height }, (_, i) => Array.from(outline.rgba.subarray(i * 4, i * 4 + 4)));

    expect(pixels.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255))).toBe(true);
    expect(pixels.filter(([, , , a]) => a === 255).length).toBeGreaterThan(100);
    expect(pixels.filter(([, , , a]) => a === 0).length).toBeGreaterThan(100);
  });

  it('refuses to write a package whose bot id is not a GUID, and names the field', async () => {
    const config = { ...localConfig(), bot: { ...localConfig().bot, appId: 'my-bot' } };
    const dir = outDir('bad-bot-id');

    const attempt = buildPackage(config, dir);

    await expect(attempt).rejects.toThrow(ManifestValidationError);
    await expect(attempt).rejects.toMatchObject({ errors: [expect.stringContaining('/bots/0/botId')] });
    expect(existsSync(path.join(dir, PACKAGE_FILE_NAME))).toBe(false);
  });
});

describe('validateManifest', () => {
  const valid = () => structuredClone(renderManifest(productionConfig())) as Record<string, unknown>;

  it('accepts the rendered manifest', async () => {
    expect(await validateManifest(valid())).toEqual([]);
  });

  it('reports a missing required field', async () => {
    const manifest = valid();
    delete manifest.developer;

    expect(await validateManifest(manifest)).toEqual([expect.stringContaining("must have required property 'developer'")]);
  });

  it('reports a field of the wrong type', async () => {
    const manifest = { ...valid(), accentColor: 42 };

    expect(await validateManifest(manifest)).toContainEqual(expect.stringMatching(/^\/accentColor must be string/));
  });

  it('reports a short name longer than Teams shows', async () => {
    const manifest = { ...valid(), name: { short: 'The Digital Culture Hub for every member of staff' } };

    expect(await validateManifest(manifest)).toContainEqual(expect.stringContaining('/name/short must NOT have more than 30 characters'));
  });

  it('reports a tab served from a host missing from validDomains', async () => {
    const manifest = { ...valid(), validDomains: ['elsewhere.example'] };

    expect(await validateManifest(manifest)).toEqual([
      '/staticTabs/0/contentUrl host hub.council.example is not listed in validDomains',
    ]);
  });

  it('refuses a schema that is not bundled, rather than fetching it from the internet', async () => {
    const manifest = { ...valid(), $schema: 'https://schemas.example/teams/v9.99/MicrosoftTeams.schema.json' };

    expect(await validateManifest(manifest)).toEqual([expect.stringContaining('is not a Teams schema bundled')]);
  });

  it('reports a manifest without $schema, and one that is not an object', async () => {
    const { $schema: _schema, ...withoutSchema } = valid();

    expect(await validateManifest(withoutSchema)).toEqual([expect.stringContaining('/$schema is missing')]);
    expect(await validateManifest(['not', 'a', 'manifest'])).toEqual(['manifest is not a JSON object']);
  });
});

describe('writePackage', () => {
  it('writes nothing for a broken manifest and lists every problem', async () => {
    const manifest: Record<string, unknown> = { ...renderManifest(localConfig()), version: 1 };
    delete manifest.icons;
    const dir = outDir('broken-manifest');

    const attempt = writePackage(manifest, dir);

    await expect(attempt).rejects.toMatchObject({
      errors: expect.arrayContaining([expect.stringContaining("required property 'icons'"), expect.stringContaining('/version must be string')]),
    });
    expect(existsSync(path.join(dir, PACKAGE_FILE_NAME))).toBe(false);
  });

  it('refuses icons of the wrong size or an outline icon that is not white on transparent', async () => {
    const iconDir = outDir('wrong-icons');
    const dir = outDir('wrong-icons-out');
    await mkdir(iconDir, { recursive: true });
    const solid = (size: number, pixel: number[]) =>
      encodePng({ width: size, height: size, rgba: new Uint8Array(Array.from({ length: size * size }, () => pixel).flat()) });
    await writeFile(path.join(iconDir, 'color.png'), solid(96, [11, 106, 106, 255]));
    await writeFile(path.join(iconDir, 'outline.png'), solid(32, [0, 0, 0, 255]));

    const attempt = writePackage(renderManifest(localConfig()), dir, iconDir);

    await expect(attempt).rejects.toMatchObject({
      errors: ['color.png is 96×96; Teams needs 192×192', 'outline.png must be white on a transparent background'],
    });
    expect(existsSync(path.join(dir, PACKAGE_FILE_NAME))).toBe(false);
  });
});
