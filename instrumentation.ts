// Next's instrumentation hook: every server error is logged as JSON with a request id (lib/request-error-log.ts).
import type { Instrumentation } from "next";

export const onRequestError: Instrumentation.onRequestError = async (err, request, context) => {
  // pino and node:crypto are Node.js only; the Edge runtime (if any route used it) keeps Next's own error output.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/request-error-log");
  logRequestError(err, request, context);
};
