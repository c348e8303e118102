import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { headers } from "next/headers";
import { authConfig } from "@/lib/auth.config";
import { LoginSchema } from "@/lib/schemas/login";
import { checkSignIn, currentSessionVersion, endSessions } from "@/lib/dal/sign-in";
import { clientAddress } from "@/lib/client-address";
import { fingerprint, log } from "@/lib/log";

/** Too many failed sign-ins for the account or the address: refused until `until`, even with the right password. */
export class SignInLocked extends CredentialsSignin {
  code = "locked";
  constructor(public until: Date, public scope: "account" | "address") {
    super();
  }
}

async function requestAddress(req?: Request): Promise<string> {
  try {
    return clientAddress(req?.headers ?? (await headers()));
  } catch {
    return "unknown";
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an expected event, not a server error.
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      log.error({ err: error }, "auth error");
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    // A token whose session version is older than the user's (signed out, password or role changed) is no session.
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      if (params.user || !token.uid) return token;
      const current = await currentSessionVersion(String(token.uid));
      return current !== null && current === Number(token.sv) ? token : null;
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.uid) await endSessions(String(token.uid), { action: "sign-out", address: await requestAddress() });
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, req) {
        const parsed = LoginSchema.safeParse(raw);
        if (!parsed.success) return null;
        const result = await checkSignIn({ ...parsed.data, address: await requestAddress(req) });
        if (result.ok) return result.user;
        log.warn({ account: fingerprint(parsed.data.email), reason: result.reason }, "sign-in failed");
        if (result.reason === "locked") throw new SignInLocked(result.until, result.scope);
        return null;
      },
    }),
  ],
});
