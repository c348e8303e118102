import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/dal/errors";

/** Awaits a DAL read for a page: a record that is missing or outside the actor's scope renders the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
