import { decodeSessionToken, encodeSessionToken } from "@/lib/session-token";
import type { NextAuthConfig } from "next-auth";

/** Sessions end after 8 hours without a request (rolling: the proxy re-issues the token as requests come). */
export const SESSION_MAX_AGE_S = 8 * 3600;
/** A token is re-issued on a request once it is this old, so a session ends 7 h 45 min to 8 h after the last request. */
export const SESSION_UPDATE_AGE_S = 15 * 60;

/** The part of the Auth.js config that needs no database: pages, session lifetime and the token's fields. */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: SESSION_UPDATE_AGE_S },
  // Same token format as Auth.js's own, with the derived key computed once (lib/session-token.ts).
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && session.user) {
        session.user.id = String(token.uid);
        (session.user as { sessionVersion?: number }).sessionVersion = Number(token.sv ?? -1);
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
