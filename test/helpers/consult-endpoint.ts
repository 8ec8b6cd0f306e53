// The test server's scripted consultation endpoint (test/plugins/consult-endpoint.mjs), reached
// from a test page. Apart from the form's harness, so that tests of the built files (which must
// not register the source elements) use it too.
import { executeServerCommand } from '@web/test-runner-commands';

export interface ServerLog {
  attempts: {
    key: string;
    headerKey: string;
    step: string;
    at: number;
    type: string;
    contentType?: string;
    headers: Record<string, string | undefined>;
  }[];
  /** Access-Control-Request-Headers of each CORS preflight. */
  preflights: string[];
  submissions: { key: string; body: Record<string, unknown> }[];
}

let runs = 0;

/** A fresh run id, so tests in several engines sharing the one test server never see each other's requests. */
export function newRun(): string {
  return `${Date.now().toString(36)}-${++runs}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The test server's endpoint, answering each attempt of a submission with the next step of `script`. */
export function endpoint(run: string, script: string, extra = ''): string {
  return `/api/consult-test?run=${run}&script=${script}${extra}`;
}

export function serverLog(run: string): Promise<ServerLog> {
  return executeServerCommand<ServerLog, { run: string }>('consult-endpoint-log', { run });
}
