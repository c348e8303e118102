import { describe, expect, it } from "vitest";
import { z } from "zod";
import { plainMessage } from "./plain-message";
import { parseInput } from "./validate";
import { InputError } from "./errors";

const first = (s: z.ZodType, v: unknown) => plainMessage(s.safeParse(v).error!.issues[0]);

describe("plain-English validation messages", () => {
  it("rewords zod's default bounds, types and options", () => {
    expect(first(z.number().max(10), 11)).toBe("must be 10 or less");
    expect(first(z.number().positive(), 0)).toBe("must be more than 0");
    expect(first(z.number().int(), 1.5)).toBe("must be a whole number");
    expect(first(z.number(), "x")).toBe("must be a number");
    expect(first(z.strictObject({ a: z.number() }), {})).toBe("is required");
    expect(first(z.array(z.string()).min(1), [])).toBe("must have at least 1 item");
    expect(first(z.string().min(1), "")).toBe("must not be empty");
    expect(first(z.enum(["a", "b"]), "c")).toBe('must be one of "a", "b"');
    expect(first(z.strictObject({}), { b: 1 })).toBe('unknown field "b"');
  });

  it("leaves messages written by the rules unchanged", () => {
    expect(first(z.number().refine(() => false, { message: "must be 0 or more" }), 1)).toBe("must be 0 or more");
    expect(first(z.number().max(3, { message: "at most 3 callouts" }), 4)).toBe("at most 3 callouts");
  });

  it("parseInput throws an InputError with the plain message, the field and the article", () => {
    const schema = z.strictObject({ steps: z.number().max(10) });
    try {
      parseInput(schema, { steps: 11 }, "B.1.3");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toContain("must be 10 or less");
      expect((e as InputError).field).toBe("steps");
    }
  });
});
