import type { BrowserContext } from 'playwright-core';

export declare const CHROMIUM_ARGS: string[];
export declare const NO_CHROMIUM: string;
export declare function chromiumPath(): string | null;
export declare function launchChromium(options?: {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
}): Promise<{ context: BrowserContext; close: () => Promise<void> }>;
