import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("./", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@/": root, "server-only": `${root}lib/test/server-only-stub.ts` } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/*.int.test.ts", "node_modules/**"],
    environment: "node",
    // next-auth imports "next/server" without an extension; processed by Vite it resolves like in Next.
    server: { deps: { inline: ["next-auth"] } },
  },
});
