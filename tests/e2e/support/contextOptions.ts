import { devices, type BrowserContextOptions } from '@playwright/test';
import { BASE_URL } from './server';

/**
 * The browser the tests are written for: a desktop Chrome on the production server, service
 * workers blocked (only the offline test turns them on). Both the project in playwright.config.ts
 * and the context the tests share (support/test.ts) use it.
 */
export const desktopContext: BrowserContextOptions = { ...devices['Desktop Chrome'], baseURL: BASE_URL, serviceWorkers: 'block' };
