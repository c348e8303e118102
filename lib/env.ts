import { z } from "zod";

/** Server environment, validated once on first use so a bad value fails with a clear message. */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|pglite:)/, "DATABASE_URL must be a postgresql:// URL or pglite:<dir>")
    .optional(),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters").optional(),
});

export type Env = z.infer<typeof EnvSchema>;
let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse({
      DATABASE_URL: process.env.DATABASE_URL || undefined,
      AUTH_SECRET: process.env.AUTH_SECRET || undefined,
    });
    if (!parsed.success) {
      throw new Error("Invalid environment: " + parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    }
    cached = parsed.data;
  }
  return cached;
}

/** The database URL in effect: the embedded PGlite directory when DATABASE_URL is unset. */
export function databaseUrl(): string {
  return env().DATABASE_URL ?? "pglite:./.data/pglite";
}
