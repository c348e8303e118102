import { z } from "zod";

export const LoginSchema = z.object({
  email: z.email("Enter a valid email address").transform((s) => s.toLowerCase().trim()),
  password: z.string().min(1, "Enter your password"),
});
