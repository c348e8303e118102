// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and pg must load from node_modules at run time (bundling PGlite breaks its file URLs).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // Grievance documents are up to 5 MB (lib/grievances/file-type.ts), sent through a server action.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Lets two builds live side by side (e.g. a test build beside a running demo); default .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};
export default nextConfig;
