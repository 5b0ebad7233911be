/**
 * Builds the Teams app package (manifest.json + two icons, zipped) from the manifest
 * template and the server's configuration, and refuses to write one that Teams would
 * reject. `npm run package` runs this file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { ConfigError, loadConfig, type Config } from '../api/src/config.js';
import { commandsFor, type CommandScope } from '../bot/commands.js';
import { ACCENT_COLOR } from './draw-icons.js';
import { decodePng } from './png.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT_DIR = path.join(HERE, 'build');
export const PACKAGE_FILE_NAME = 'digital-culture-hub.zip';

/**
 * The bot id a locally built package carries when no BOT_APP_ID is configured. The Agents
 * Playground ignores it; a real Teams tenant needs the Azure Bot's app id instead.
 */
export const LOCAL_BOT_ID = '00000000-0000-4000-8000-0000000b07a1';

const ICONS = [
  { file: 'color.png', width: 192, height: 192, outline: false },
  { file: 'outline.png', width: 32, height: 32, outline: true },
] as const;

interface ManifestCommandList {
  scopes: CommandScope[];
  commands: Array<{ title: string; description: string }>;
}

/** The parts of the manifest this build fills in; the rest comes from the template as is. */
export interface HubManifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  name: { short: string; full?: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  accentColor: string;
  staticTabs: Array<{ entityId: string; name?: string; contentUrl?: string; websiteUrl?: string; scopes: string[] }>;
  bots: Array<{ botId: string; scopes: string[]; commandLists: ManifestCommandList[]; [key: string]: unknown }>;
  validDomains: string[];
  webApplicationInfo?: { id: string; resource: string };
  [key: string]: unknown;
}

export class ManifestValidationError extends Error {
  constructor(readonly errors: string[]) {
    super(`The Teams app package was not written because the manifest is not valid:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
    this.name = 'ManifestValidationError';
  }
}

function fillTokens(value: unknown, tokens: Record<string, string>): unknown {
  if (typeof value === 'string') {
    return value.replace(/\{\{([A-Z_]+)\}\}/g, (_match, name: string) => {
      const replacement = tokens[name];
      if (replacement === undefined) throw new Error(`manifest.template.json uses an unknown token {{${name}}}`);
      return replacement;
    });
  }
  if (Array.isArray(value)) return value.map((item) => fillTokens(item, tokens));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillTokens(item, tokens)]));
  }
  return value;
}

// Synchronous on purpose: renderManifest stays a plain function of its config.
function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function commandLists(): ManifestCommandList[] {
  return (['personal', 'team'] as const)
    .map((scope) => ({
      scopes: [scope],
      commands: commandsFor(scope).map(({ title, description }) => ({ title, description })),
    }))
    .filter((list) => list.commands.length > 0);
}

/** The manifest for this configuration: its public URL, app ids, Entra app and bot commands. */
export function renderManifest(config: Config): HubManifest {
  const publicHost = new URL(config.publicUrl).host;
  const packageJson = readJson(path.join(HERE, '..', 'package.json')) as { version: string };
  const manifest = fillTokens(readJson(path.join(HERE, 'manifest.template.json')), {
    APP_VERSION: packageJson.version,
    TEAMS_APP_ID: config.teamsAppId,
    PUBLIC_URL: config.publicUrl,
    PUBLIC_HOST: publicHost,
    BOT_ID: config.bot.appId ?? LOCAL_BOT_ID,
    ACCENT_COLOR,
  }) as HubManifest;

  manifest.bots = manifest.bots.map((bot) => ({ ...bot, commandLists: commandLists() }));
  if (config.entra) {
    // The tab's single sign-on asks Entra for a token to this resource; Teams checks
    // that its host is the tab's own host.
    manifest.webApplicationInfo = {
      id: config.entra.clientId,
      resource: `api://${publicHost}/${config.entra.clientId}`,
    };
  }
  return manifest;
}

function bundledSchemaFile(schemaUrl: string): string | undefined {
  const prefix = 'https://developer.microsoft.com/json-schemas/teams/';
  if (!schemaUrl.startsWith(prefix)) return undefined;
  const packageRoot = path.dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest'));
  const file = path.join(packageRoot, 'json-schemas', 'teams', schemaUrl.slice(prefix.length));
  return existsSync(file) ? file : undefined;
}

/** Teams only loads a tab from a host listed in validDomains. */
function tabDomainErrors(manifest: Record<string, unknown>): string[] {
  const domains = Array.isArray(manifest.validDomains) ? manifest.validDomains.filter((d) => typeof d === 'string') : [];
  const tabs = Array.isArray(manifest.staticTabs) ? manifest.staticTabs : [];
  const errors: string[] = [];
  tabs.forEach((tab: unknown, index) => {
    if (typeof tab !== 'object' || tab === null) return;
    const url = (tab as { contentUrl?: unknown }).contentUrl;
    if (typeof url !== 'string' || !URL.canParse(url)) return;
    const host = new URL(url).host;
    if (!domains.includes(host)) errors.push(`/staticTabs/${index}/contentUrl host ${host} is not listed in validDomains`);
  });
  return errors;
}

/**
 * Every reason Teams would reject this manifest that can be known offline: the bundled
 * JSON schema of its manifestVersion, plus the tab-domain rule. Empty means valid.
 */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return ['manifest is not a JSON object'];
  const record = manifest as Record<string, unknown>;
  const schemaUrl = record.$schema;
  if (typeof schemaUrl !== 'string') return ['/$schema is missing: the manifest must name its schema'];
  // Validation must never reach the internet (builds and CI run offline), so only the
  // schemas bundled with @microsoft/app-manifest are accepted.
  if (!bundledSchemaFile(schemaUrl)) return [`/$schema ${schemaUrl} is not a Teams schema bundled with @microsoft/app-manifest`];
  const schemaErrors = await AppManifestUtils.validateAgainstSchema(record as AppManifest);
  return [...schemaErrors, ...tabDomainErrors(record)];
}

async function iconErrors(iconDir: string): Promise<string[]> {
  const errors: string[] = [];
  for (const icon of ICONS) {
    const file = path.join(iconDir, icon.file);
    if (!existsSync(file)) {
      errors.push(`${icon.file} is missing`);
      continue;
    }
    const image = decodePng(await readFile(file));
    if (image.width !== icon.width || image.height !== icon.height) {
      errors.push(`${icon.file} is ${image.width}×${image.height}; Teams needs ${icon.width}×${icon.height}`);
    }
    if (icon.outline) {
      for (let i = 0; i < image.rgba.length; i += 4) {
        const white = image.rgba[i] === 255 && image.rgba[i + 1] === 255 && image.rgba[i + 2] === 255;
        if (!white && image.rgba[i + 3] !== 0) {
          errors.push(`${icon.file} must be white on a transparent background`);
          break;
        }
      }
    }
  }
  return errors;
}

/**
 * Validates the manifest and icons and, only if all is well, writes the zip Teams
 * installs. Returns the zip's path; throws ManifestValidationError listing every problem.
 */
export async function writePackage(manifest: unknown, outDir: string = DEFAULT_OUT_DIR, iconDir: string = HERE): Promise<string> {
  const errors = [...(await validateManifest(manifest)), ...(await iconErrors(iconDir))];
  if (errors.length > 0) throw new ManifestValidationError(errors);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of ICONS) zip.file(icon.file, await readFile(path.join(iconDir, icon.file)));
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  await mkdir(outDir, { recursive: true });
  const zipPath = path.join(outDir, PACKAGE_FILE_NAME);
  await writeFile(zipPath, content);
  return zipPath;
}

export async function buildPackage(config: Config, outDir: string = DEFAULT_OUT_DIR): Promise<string> {
  return writePackage(renderManifest(config), outDir);
}

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
  try {
    const zipPath = await buildPackage(config);
    console.log(`Teams app package written to ${zipPath}`);
    if (!config.bot.appId) {
      console.log(
        `No BOT_APP_ID is set, so the bot id is the placeholder ${LOCAL_BOT_ID}: this package is for local use ` +
          'with the Microsoft 365 Agents Playground (npm run playground), not for uploading to a Teams tenant.',
      );
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ManifestValidationError)) throw error;
    console.error('The Teams app package was not written. The manifest has these problems:');
    for (const problem of error.errors) console.error(`  - ${problem}`);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}
