import type { NextAuthConfig } from "next-auth";

/** Sessions end after 8 hours without a request (rolling: each request the proxy sees re-issues the token). */
export const SESSION_MAX_AGE_S = 8 * 3600;

/** The part of the Auth.js config that needs no database: pages, session lifetime and the token's fields. */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: 15 * 60 },
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const signedIn = !!auth?.user;
      const path = request.nextUrl.pathname;
      if (path === "/login") return true;
      return signedIn;
    },
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
