/**
 * Widget speed alone, in a second (not asserted in tests: timings on shared machines are noisy).
 *   npm run bench:widgets
 * The measurements live in scripts/bench/widgets.ts, shared with `npm run bench`.
 */
import { widgetSpeed } from './bench/widgets';

widgetSpeed(process.cwd())
  .then((report) => console.log(JSON.stringify(report, null, 2)))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
