// ESLint 9 flat config: Next's core-web-vitals rules, typescript-eslint, jsx-a11y, and the house rules
// (formerly regular expressions in scripts/lint.mjs) as restricted imports and syntax, with their messages.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

const noGoogleFonts = { name: "next/font/google", message: "no network at build time: use system fonts" };
const nextLink = { name: "next/link", message: "use @/components/ui/link: it prefetches on hover, not for every link in view" };
const prismaOutsideDal = { group: ["@prisma/client", "**/generated/prisma", "**/generated/prisma/*"], message: "database access goes through lib/dal" };

export default [
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", "lib/generated/**", "playwright-report/**", "test-results/**", ".ci-results/**", "next-env.d.ts", ".data/**"] },
  ...nextVitals,
  ...nextTs,
  { rules: { ...jsxA11y.flatConfigs.recommended.rules } },
  {
    rules: {
      "no-restricted-imports": ["error", { paths: [noGoogleFonts] }],
      // A leading underscore marks a parameter kept for a signature (server actions' previous state, form data).
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
      // A focusable scrolling region lets keyboard users scroll wide tables (axe: scrollable-region-focusable).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["region"] }],
    },
  },
  // Test vectors are JSON fixtures read as any; config files export their object as default.
  { files: ["**/*.test.ts"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  { files: ["*.config.mjs", "*.config.js"], rules: { "import/no-anonymous-default-export": "off" } },
  {
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/db.ts", "lib/dal/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [noGoogleFonts, nextLink], patterns: [prismaOutsideDal] }] },
  },
  { files: ["components/ui/link.tsx"], rules: { "no-restricted-imports": ["error", { paths: [noGoogleFonts], patterns: [prismaOutsideDal] }] } },
  {
    files: ["lib/rules/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [noGoogleFonts, { name: "fs", message: "lib/rules is pure: no I/O, Prisma or Next imports" }, { name: "path", message: "lib/rules is pure: no I/O, Prisma or Next imports" }],
        patterns: [{ group: ["node:*", "next", "next/*", "@prisma/*", "**/generated/prisma", "**/generated/prisma/*", "@/lib/db", "@/lib/dal", "@/lib/dal/*", "../../db"], message: "lib/rules is pure: no I/O, Prisma or Next imports" }],
      }],
      "no-restricted-syntax": ["error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "lib/rules is pure: the date is an argument, never the clock" },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "lib/rules is pure: the date is an argument, never the clock" },
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: "lib/rules is pure: no environment" },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "**/*.spec.ts", "e2e/**"],
    rules: {
      "no-restricted-syntax": ["error",
        { selector: "CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]", message: "no focused or skipped tests" },
        { selector: "CallExpression[callee.object.name='test'][callee.property.name='fixme']", message: "no focused or skipped tests" },
      ],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-syntax": ["error", { selector: "CallExpression[callee.object.name='console'][callee.property.name='log']", message: "no debug logging in pages" }] },
  },
];
