"use client";
import { useState } from "react";

/**
 * Refuses a file over the limit in the browser, with the same words as the server, before it is sent: a file far
 * over the limit would otherwise stop at the framework's request-size limit instead of reaching the app's message.
 */
export function useFileLimit(maxBytes: number, message: string | ((bytes: number) => string)) {
  const [error, setError] = useState<string | null>(null);
  return {
    error,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const f = e.currentTarget.files?.[0];
      setError(f && f.size > maxBytes ? (typeof message === "string" ? message : message(f.size)) : null);
    },
    onSubmit: (e: React.FormEvent<HTMLFormElement>) => {
      if (error) e.preventDefault();
    },
  };
}
