/** True when a complete YYYY-MM-DD date is before today (BC time): the what-if form warns but still runs. Client-safe. */
export const isPastDate = (date: string, today: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && date < today;
