import { describe, expect, it } from 'vitest';
import { chooseChromium, NoChromiumError, type ChromiumProbe } from '../../scripts/chromium.ts';

const probe = (over: Partial<ChromiumProbe>, files: string[] = []): ChromiumProbe => ({
  env: { PATH: '/usr/local/bin:/usr/bin' },
  platform: 'linux',
  arch: 'x64',
  isExecutable: (path) => files.includes(path),
  bundledPackage: '/repo/node_modules/@sparticuz/chromium',
  ...over,
});

describe('which Chromium the browser tests use', () => {
  it('takes CHROMIUM_PATH first, over a system Chromium', () => {
    const choice = chooseChromium(probe({ env: { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' } }, ['/opt/chrome/chrome', '/usr/bin/chromium']));
    expect(choice).toEqual({ source: 'CHROMIUM_PATH', executablePath: '/opt/chrome/chrome' });
  });

  it('fails on a CHROMIUM_PATH that is not there, rather than quietly using another', () => {
    expect(() => chooseChromium(probe({ env: { CHROMIUM_PATH: '/nowhere/chromium' } }, ['/usr/bin/chromium']))).toThrow(/CHROMIUM_PATH=\/nowhere\/chromium is not an executable/);
  });

  it('takes a system Chromium or Chrome from PATH next', () => {
    expect(chooseChromium(probe({}, ['/usr/bin/chromium']))).toEqual({ source: 'system', executablePath: '/usr/bin/chromium' });
    expect(chooseChromium(probe({}, ['/usr/bin/google-chrome-stable']))).toEqual({ source: 'system', executablePath: '/usr/bin/google-chrome-stable' });
  });

  it('falls back to the bundled Chromium on Linux x64', () => {
    expect(chooseChromium(probe({}))).toEqual({ source: 'bundled', executablePath: '/repo/node_modules/@sparticuz/chromium' });
  });

  it('finds Chrome in its usual place on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(chooseChromium(probe({ platform: 'darwin', arch: 'arm64' }, [chrome]))).toEqual({ source: 'system', executablePath: chrome });
  });

  it('fails with one line saying what to install where no Chromium can be had', () => {
    for (const where of [{ platform: 'darwin', arch: 'arm64' }, { platform: 'linux', arch: 'arm64' }, { bundledPackage: undefined }] as const) {
      let error: unknown;
      try {
        chooseChromium(probe(where));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NoChromiumError);
      const message = (error as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toMatch(/install Chromium or Google Chrome, or set CHROMIUM_PATH/);
    }
  });
});
