import { NextResponse, type NextRequest } from "next/server";
import { isForeignServerAction } from "@/lib/action-origin";

// Sends visitors without a session cookie to /login. It only redirects: whether the session is valid and what
// the user may see is decided in lib/dal by every page and action. (It does not refresh the session cookie,
// so it can never race a sign-out.)
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export default function proxy(req: NextRequest) {
  if (isForeignServerAction(req.method, req.headers)) return new NextResponse("Forbidden: this form was sent from another site.", { status: 403 });
  // The sign-in page is open to all, but its action is checked for its origin like any other.
  if (/^\/login(\/|$)/.test(req.nextUrl.pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((c) => req.cookies.has(c))) return NextResponse.next();
  return NextResponse.redirect(new URL("/login", req.url));
}

export const config = {
  matcher: ["/((?!api/auth|api/ics|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico)$).*)"],
};
