import { NextResponse, type NextRequest } from "next/server";

// Sends visitors without a session cookie to /login. It only redirects: whether the session is valid and what
// the user may see is decided in lib/dal by every page and action. (It does not refresh the session cookie,
// so it can never race a sign-out.)
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export default function proxy(req: NextRequest) {
  if (SESSION_COOKIES.some((c) => req.cookies.has(c))) return NextResponse.next();
  return NextResponse.redirect(new URL("/login", req.url));
}

export const config = {
  matcher: ["/((?!login|api/auth|api/ics|api/health|_next/static|_next/image|favicon.ico|robots.txt|manifest.webmanifest|.*\\.(?:png|svg|ico)$).*)"],
};
