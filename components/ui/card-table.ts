/**
 * Class names that turn a table into a list of cards below the `sm` breakpoint (390 px phones): the header row is
 * hidden visually (kept for screen readers), each row is a card, and each cell shows its column name from its
 * data-label attribute. At `sm` and wider it is an ordinary table.
 */
export const cardTable = {
  table: "w-full text-sm sm:min-w-full",
  thead: "max-sm:sr-only max-sm:block", // block, so that sr-only's overflow clip applies (a table-header-group ignores it)
  tr: "max-sm:mb-3 max-sm:block max-sm:rounded-md max-sm:border max-sm:border-slate-300 max-sm:p-2 sm:border-t sm:border-slate-200",
  td: "max-sm:flex max-sm:justify-between max-sm:gap-3 max-sm:py-0.5 max-sm:text-right max-sm:before:font-medium max-sm:before:text-left max-sm:before:text-slate-700 max-sm:before:content-[attr(data-label)] sm:px-3 sm:py-2",
  tbody: "max-sm:block",
};
