import { NotFoundMessage } from "@/components/not-found-message";

/** A refused or missing record inside the signed-in pages: rendered in the layout's main landmark, so no second one. */
export default function NotFound() {
  return (
    <div className="max-w-xl py-10">
      <NotFoundMessage />
    </div>
  );
}
