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
};
export default nextConfig;
