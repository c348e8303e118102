/**
 * What a file is, from its first bytes (its name and the browser's claim are not trusted):
 * PDF, PNG, JPEG, or plain text (valid UTF-8 with no control characters but tab, newline,
 * carriage return and form feed). Anything else is refused.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export const ALLOWED_TYPES = {
  "application/pdf": { label: "PDF", ext: "pdf" },
  "image/png": { label: "PNG image", ext: "png" },
  "image/jpeg": { label: "JPEG image", ext: "jpg" },
  "text/plain": { label: "Plain text", ext: "txt" },
} as const;
export type AllowedType = keyof typeof ALLOWED_TYPES;

const startsWith = (b: Uint8Array, sig: number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

function isPlainText(b: Uint8Array): boolean {
  if (b.length === 0) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return false;
  }
  for (const c of b) if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) return false;
  return !b.includes(0x7f);
}

export function sniffType(bytes: Uint8Array): AllowedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  return isPlainText(bytes) ? "text/plain" : null;
}

const EXTENSIONS: Record<AllowedType, RegExp> = { "application/pdf": /\.pdf$/i, "image/png": /\.png$/i, "image/jpeg": /\.jpe?g$/i, "text/plain": /\.(txt|text)$/i };

/** A file name safe to store and to send back in Content-Disposition (no path, no control characters). */
export function cleanFileName(name: string, type: AllowedType): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"\u202a-\u202e\u2066-\u2069]/g, "").trim().slice(0, 120);
  if (!base) return `document.${ALLOWED_TYPES[type].ext}`;
  // The name's extension must agree with the contents, so a download opens in the right program.
  return EXTENSIONS[type].test(base) ? base : `${base}.${ALLOWED_TYPES[type].ext}`;
}

/** RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name. */
export function contentDisposition(name: string, disposition: "attachment" | "inline" = "attachment"): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/[\\"]/g, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase())}`;
}
