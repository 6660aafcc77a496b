/**
 * Starts headless Chromium for PDF printing and end-to-end tests. A system Chromium is preferred when
 * configured (KPI_CHROMIUM_PATH, or /usr/bin/chromium when present); otherwise the binary shipped by the
 * @sparticuz/chromium npm package, so a plain `npm install` is enough.
 */
import { existsSync } from 'node:fs';
import type { Browser, LaunchOptions } from 'playwright-core';
import { processConfig } from '../config';

/** Flags that keep Chromium off the (closed) network and quiet on a server. */
const baseArgs = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function chromiumExecutable(): Promise<{ path: string; args: string[] }> {
  const configured = processConfig().chromiumPath;
  if (configured) return { path: configured, args: ['--no-sandbox', ...baseArgs] };
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', args: ['--no-sandbox', ...baseArgs] };
  const sparticuz = (await import('@sparticuz/chromium')).default;
  // Measured: with --single-process / --no-zygote a second browser context hangs; without them contexts
  // open and close in milliseconds.
  const args = sparticuz.args.filter((a) => a !== '--single-process' && a !== '--no-zygote');
  return { path: await sparticuz.executablePath(), args: [...new Set([...args, ...baseArgs])] };
}

/**
 * @example
 * const browser = await launchBrowser();
 * const page = await browser.newPage();
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const { path, args } = await chromiumExecutable();
  // Loaded on first launch: playwright-core is over a second of the server's start-up otherwise.
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: path, args, headless: true, ...options });
}
