// Stands in for the "server-only" marker package when DAL modules run under Vitest (outside React's server build).
export {};
