import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("./", import.meta.url));

// Integration tests of lib/dal against a real PostgreSQL (DATABASE_URL), migrated and seeded by scripts/test-all.sh.
export default defineConfig({
  resolve: { alias: { "@/": root, "server-only": `${root}lib/test/server-only-stub.ts` } },
  test: {
    include: ["lib/**/*.int.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 30_000,
  },
});
