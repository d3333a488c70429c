/** Where the browser tests find the production server (started by playwright.config.ts). */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
