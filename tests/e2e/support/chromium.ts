// The browser lookup lives in scripts/lib/ because the benchmark uses it too (scripts import nothing from tests/).
export { resolveChromium } from '../../../scripts/lib/chromium';
