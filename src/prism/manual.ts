// Evaluated before Prism's core (see index.ts): Prism must never highlight the page by itself.
// The code blocks are already highlighted in the HTML, and React owns them after hydration.
(globalThis as { Prism?: unknown }).Prism = { manual: true, disableWorkerMessageHandler: true };

export {};
