// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and pg must load from node_modules at run time (bundling PGlite breaks its file URLs).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
};
export default nextConfig;
