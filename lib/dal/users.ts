import "server-only";
import { db } from "@/lib/db";

/** Used only by the sign-in check, before there is an actor. */
export async function findUserForLogin(email: string) {
  const prisma = await db();
  return prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
}
