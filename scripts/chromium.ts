// The one place that decides which Chromium the tests and benchmarks drive, and launches it.
// Order: CHROMIUM_PATH, else a Chromium or Chrome installed on the system, else the one that
// `npm ci` brings inside the @sparticuz/chromium devDependency (Linux x64 only), unpacked once
// into node_modules/.cache. Where none can be had, launching fails with one line that says what
// to install: browser tests fail, they never skip.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Flags every run uses: headless in a closed network, no sandbox (root in CI), no GPU. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/**
 * What the bundled build needs beyond CHROMIUM_FLAGS, taken from @sparticuz/chromium's `.args`:
 * it is chrome-headless-shell and runs without a zygote. Its other flags (--single-process,
 * --disable-web-security, site isolation off, …) are for AWS Lambda and would change what the
 * tests check (CSP, CORS, iframes), so they are left out.
 */
const BUNDLED_FLAGS = ['--no-zygote', '--font-render-hinting=none'];

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'bundled';

export interface ChromiumChoice {
  source: ChromiumSource;
  /** The executable, or for `bundled` the archive's package folder until unpacked. */
  executablePath: string;
}

export interface ChromiumProbe {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  arch: string;
  isExecutable: (path: string) => boolean;
  /** The @sparticuz/chromium package folder, or undefined when it is not installed. */
  bundledPackage: string | undefined;
}

/** Thrown when no Chromium can be had; its message is one line saying what to do. */
export class NoChromiumError extends Error {
  override name = 'NoChromiumError';
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const SYSTEM_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

/** Picks the Chromium to use, without touching the disk beyond the probe's checks. */
export function chooseChromium(probe: ChromiumProbe): ChromiumChoice {
  const { env, platform, arch, isExecutable, bundledPackage } = probe;
  if (env.CHROMIUM_PATH) {
    if (!isExecutable(env.CHROMIUM_PATH)) {
      throw new NoChromiumError(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file: point it at a Chromium or Chrome binary, or unset it to use the one the tests find.`);
    }
    return { source: 'CHROMIUM_PATH', executablePath: env.CHROMIUM_PATH };
  }
  const onPath = platform === 'win32' ? [] : (env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => SYSTEM_NAMES.map((name) => join(dir, name)));
  const system = [...onPath, ...(SYSTEM_PATHS[platform] ?? [])].find(isExecutable);
  if (system) return { source: 'system', executablePath: system };
  if (bundledPackage && platform === 'linux' && arch === 'x64') return { source: 'bundled', executablePath: bundledPackage };
  throw new NoChromiumError(
    `No Chromium for the browser tests on ${platform}-${arch}: install Chromium or Google Chrome, or set CHROMIUM_PATH=/path/to/chromium (the bundled @sparticuz/chromium runs on Linux x64 only).`,
  );
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function bundledPackage(): string | undefined {
  try {
    // build/index.js → the package folder
    return resolve(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..');
  } catch {
    return undefined;
  }
}

/** This machine's choice: CHROMIUM_PATH, a system Chromium, or the bundled one. */
export function findChromium(): ChromiumChoice {
  return chooseChromium({ env: process.env, platform: process.platform, arch: process.arch, isExecutable, bundledPackage: bundledPackage() });
}

const CACHE = resolve(import.meta.dirname, '../node_modules/.cache/chromium');

/**
 * Unpacks the bundled Chromium (binary, SwiftShader, fonts, and the NSS libraries a bare system
 * may lack) into node_modules/.cache/chromium/<version>/, once per version (~2 s). It is unpacked
 * into a folder of its own and renamed into place, so a run stopped half-way, or one beside
 * another, never sees half a browser.
 */
export async function unpackBundled(pkg: string): Promise<string> {
  const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version as string;
  const dir = join(CACHE, version);
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  const temp = `${dir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  const bin = join(pkg, 'bin');
  // tar-fs is @sparticuz/chromium's own dependency, the one its unpacker uses.
  const tarFs = createRequire(join(pkg, 'package.json'))('tar-fs') as { extract: (dir: string) => NodeJS.WritableStream };
  await Promise.all([
    pipeline(createReadStream(join(bin, 'chromium.br')), createBrotliDecompress(), createWriteStream(join(temp, 'chromium'), { mode: 0o755 })),
    ...['swiftshader.tar.br', 'fonts.tar.br', 'al2023.tar.br'].map((archive) => pipeline(createReadStream(join(bin, archive)), createBrotliDecompress(), tarFs.extract(temp))),
  ]);
  // Fontconfig on a machine without /etc/fonts finds the bundled Open Sans through this file.
  writeFileSync(join(temp, 'fonts.conf'), `<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts</dir><dir>${join(dir, 'fonts')}</dir><cachedir>${join(dir, 'fonts-cache')}</cachedir></fontconfig>\n`);
  try {
    renameSync(temp, dir);
  } catch (error) {
    // Another run unpacked the same version first: use its copy.
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

/**
 * The environment the bundled Chromium needs on a bare system: its NSS libraries where the
 * system has none (ldd says which are missing), and its fonts where fontconfig has no config.
 */
function bundledEnv(binary: string): Record<string, string> | undefined {
  const dir = dirname(binary);
  const env: Record<string, string> = {};
  const ldd = spawnSync('ldd', [binary], { encoding: 'utf8' });
  if (ldd.status !== 0 || /not found/.test(ldd.stdout)) {
    env.LD_LIBRARY_PATH = [join(dir, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  }
  if (!existsSync('/etc/fonts/fonts.conf') && !process.env.FONTCONFIG_FILE) env.FONTCONFIG_FILE = join(dir, 'fonts.conf');
  return Object.keys(env).length ? { ...(process.env as Record<string, string>), ...env } : undefined;
}

/** Resolves the Chromium to run: its executable, flags and environment. */
export async function chromiumLaunchOptions(extraArgs: string[] = []): Promise<LaunchOptions & { source: ChromiumSource }> {
  const choice = findChromium();
  if (choice.source !== 'bundled') return { source: choice.source, executablePath: choice.executablePath, args: [...CHROMIUM_FLAGS, ...extraArgs] };
  const executablePath = await unpackBundled(choice.executablePath);
  return { source: 'bundled', executablePath, args: [...CHROMIUM_FLAGS, ...BUNDLED_FLAGS, ...extraArgs], env: bundledEnv(executablePath) };
}

/** Launches the chosen Chromium headless; a failure names which one and why, in one line. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const { source, ...options } = await chromiumLaunchOptions(extraArgs);
  try {
    return await chromium.launch(options);
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0];
    throw new NoChromiumError(`Chromium (${source}, ${options.executablePath}) did not start: ${first}. Set CHROMIUM_PATH to another Chromium or Chrome.`, { cause: error });
  }
}
