// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and pg must load from node_modules at run time (bundling PGlite breaks its file URLs).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Grievance documents and CSV imports are up to 5 MB, sent through a server action. The framework limit sits just
  // above it (room for the multipart envelope) so a 5 MB file reaches the app, which answers with its own message.
  experimental: { serverActions: { bodySizeLimit: "5.2mb" } },
  // Lets two builds live side by side (e.g. a test build beside a running demo); default .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // On every response; the Content-Security-Policy (with its per-request nonce) and HSTS are set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
        ],
      },
      // The sign-in page is rendered per request (its nonce); never cached by a shared cache.
      { source: "/login", headers: [{ key: "Cache-Control", value: "private, no-store" }] },
    ];
  },
};
export default nextConfig;
