import React, { useId } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { statusCodes, statusNames } from '@site/src/lib/vocabulary';
import styles from './index.module.css';

/** Home: three doors, one per reader. Everything works without JavaScript (links and a GET form). */
export default function Home(): React.ReactElement {
  const id = useId();
  return (
    <Layout title="Home" description="From the 500, 502, 503 or 504 in front of you to the right fix and the right owner.">
      <main className={styles.main}>
        <div className="container">
          <h1 className={styles.title}>5xx Field Guide</h1>
          <p className={styles.lead}>
            From the 500, 502, 503 or 504 in front of you to the right fix, the right owner and the evidence to hand over.
          </p>
          <div className={styles.doors}>
            <section className={styles.door} aria-labelledby={`${id}-oncall`}>
              <h2 id={`${id}-oncall`}>I&apos;m on call with a 5xx</h2>
              <p>Which code do you see?</p>
              <ul className={styles.codes}>
                {statusCodes.map((code) => (
                  <li key={code}>
                    {/* The space makes the link's name "502 Bad Gateway", the words it shows (WCAG 2.5.3). */}
                    <Link className={styles.code} to={`/docs/codes/${code}`}>
                      <span className={styles.codeNumber}>{code}</span> <span className={styles.codeName}>{statusNames[code]}</span>
                    </Link>
                  </li>
                ))}
              </ul>
              <form action={useBaseUrl('/docs/lookup')} method="get" className={styles.paste}>
                <label htmlFor={`${id}-line`}>Or paste an error line</label>
                <textarea
                  id={`${id}-line`}
                  name="q"
                  rows={4}
                  maxLength={2000}
                  placeholder="upstream timed out (110: Connection timed out) while reading response header from upstream"
                />
                <button type="submit" className="button button--primary">
                  Find the failure mode
                </button>
              </form>
              <p>
                <Link to="/docs/failure-modes">All failure modes</Link> · <Link to="/docs/triage">Triage</Link>
              </p>
            </section>
            <section className={styles.door} aria-labelledby={`${id}-visitor`}>
              <h2 id={`${id}-visitor`}>I&apos;m a visitor who got an error page</h2>
              <p>
                A 5xx error is almost never your fault. See what you can safely try, and what to report so the site&apos;s team can find
                your request.
              </p>
              <p>
                <Link className="button button--secondary" to="/docs/visitors">
                  What to do and report
                </Link>
              </p>
            </section>
            <section className={styles.door} aria-labelledby={`${id}-learn`}>
              <h2 id={`${id}-learn`}>I&apos;m learning</h2>
              <p>
                Learn where each code is born, who owns each layer, and practise on simulated incidents before your first on-call shift.
              </p>
              <p>
                <Link className="button button--secondary" to="/docs/training">
                  Start the training path
                </Link>
              </p>
            </section>
          </div>
        </div>
      </main>
    </Layout>
  );
}
