import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as enums from "@/db/schema/enums";
import { parseAuditSearch } from "./audit-log";

// Property-based fuzzing of every exported input schema with hostile form values: parsing
// never throws, answers quickly, and whatever it lets through is bounded and expected.

const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], {
  eager: true,
});
const SCHEMAS = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${file.slice(2, -3)}.${name}`, schema })),
);

/** The longest text any field may keep; the form layer echoes at most this much back. */
const MAX_STRING = 10_000;
/** More items than any list field (countries, funding sources, topics) should hold. */
const MAX_ITEMS = 100;
// One parse of one form, even a 100k-character one: generous for a busy CI machine, yet far
// below what a catastrophically backtracking pattern takes on such input.
const MAX_PARSE_MS = 500;
// FUZZ_RUNS=5000 for a longer hunt; the default keeps the file to a couple of seconds.
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

const ENUM_VALUES = Object.values(enums).flatMap((v) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [],
);

/** Values a real form sends: what lets a field pass so the parse reaches later checks. */
const PLAUSIBLE = [
  ...ENUM_VALUES,
  "0b8a3c1e-6d52-4f1a-9c3e-2f7b9d1a4e60",
  "Hola mundo",
  "ana@example.org",
  "https://example.org/a",
  "una frase larga y mía",
  "x".repeat(40),
  "UY",
  "2020-01-01",
  "2099-12-31",
  "5",
  "45",
  "1",
  "on",
  "/dashboard",
  "scope",
  "approve",
  "decline",
  "completed",
  "",
];

const HOSTILE = [
  " ",
  "\t\r\n",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "😀",
  "👩‍👩‍👧‍👦",
  "\u202eevil\u202c",
  "مرحبا بالعالم",
  "𝕏𝕐",
  "\ufeff",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'; drop table users; --",
  "' or '1'='1",
  "%_\\",
  "-1",
  "-0",
  "0",
  "1e308",
  "-1e308",
  "1e-400",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x1F",
  "0b11",
  "9007199254740993",
  "1_000",
  "٣",
  "１",
  " 7 ",
  ".5",
  "2024-02-30",
  "9999-12-31",
  "0000-01-01",
  "+275760-09-13",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "http://localhost",
  "//evil.example",
  "__proto__",
  "constructor",
  "[object Object]",
  "00000000-0000-0000-0000-000000000000",
];

const huge = fc
  .tuple(fc.constantFrom("a", "ñ", "😀", "\u0000", "<b>", "x@", "1", " "), fc.nat(100_000))
  .map(([unit, n]) => unit.repeat(Math.ceil(Math.max(n, 1_000) / unit.length)));

const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt().map(String) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: huge },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PLAUSIBLE), fc.constantFrom(...HOSTILE))
      .map(([a, b]) => a + b),
  },
);

/** What FormData can carry for one name: one text, several, or one repeated many times. */
const formValue = (text: fc.Arbitrary<string>): fc.Arbitrary<string | string[]> =>
  fc.oneof(
    { weight: 6, arbitrary: text },
    { weight: 2, arbitrary: fc.array(text, { maxLength: 6 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...ENUM_VALUES), fc.integer({ min: 2, max: 1_000 }))
        .map(([v, n]) => Array<string>(n).fill(v)),
    },
  );

/** Not from FormData, but schemas are shared: other callers may hand them anything. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.object({ maxDepth: 2 }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
);

const EXTRA_KEYS = [
  "role",
  "capacity",
  "status",
  "isSteward",
  "userId",
  "initiativeId",
  "id",
  "createdAt",
  "__proto__",
  "constructor",
  "prototype",
];

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : undefined;
}

const ABSENT = Symbol("absent");

/** The plausible values one field accepts: a parse gets past it and on to the next field. */
const acceptedBy = (field: z.ZodType) => PLAUSIBLE.filter((v) => field.safeParse(v).success);

/** For one field: a hostile or odd value, nothing at all, or an accepted value many times over. */
function oddValue(field: z.ZodType): fc.Arbitrary<unknown> {
  const accepted = acceptedBy(field);
  return fc.oneof(
    { weight: 6, arbitrary: formValue(hostileText) },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(ABSENT) },
    ...(accepted.length > 0
      ? [
          {
            weight: 1,
            arbitrary: fc
              .tuple(fc.constantFrom(...accepted), fc.integer({ min: 2, max: 1_000 }))
              .map(([v, n]) => Array<unknown>(n).fill(v)),
          },
        ]
      : []),
  );
}

function plausibleValue(field: z.ZodType): fc.Arbitrary<unknown> {
  const accepted = acceptedBy(field);
  return accepted.length > 0 ? fc.constantFrom(...accepted) : oddValue(field);
}

/**
 * A submitted form as formToObject builds it (plain assignment, so `__proto__` acts as it
 * would): plausible values with a few fields, or many, made hostile, plus unexpected names.
 */
function formInput(shape: Record<string, z.ZodType>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(shape);
  const each = (make: (field: z.ZodType) => fc.Arbitrary<unknown>) =>
    fc.record(Object.fromEntries(keys.map((key) => [key, make(shape[key] ?? z.never())])));
  const spoiled = fc.oneof(
    { weight: 3, arbitrary: fc.subarray(keys, { maxLength: Math.min(2, keys.length) }) },
    { weight: 1, arbitrary: fc.subarray(keys) },
  );
  const extras = fc.array(
    fc.tuple(fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string()), formValue(hostileText)),
    { maxLength: 4 },
  );
  return fc
    .tuple(each(plausibleValue), each(oddValue), spoiled, extras, fc.boolean())
    .map(([good, bad, spoil, extra, confirmed]) => {
      const known: Record<string, unknown> = { ...good };
      for (const key of spoil) known[key] = bad[key];
      // A confirmation usually repeats the password, so the parse reaches the other checks.
      if (confirmed && "confirm" in known) known.confirm = known.password;
      const out: Record<string, unknown> = {};
      for (const [key, value] of [...Object.entries(known), ...extra]) {
        if (value !== ABSENT) out[key] = value;
      }
      return out;
    });
}

/**
 * Lists of choices that once accepted any number of repeats (`languages=es` sent 10 000
 * times parsed to 10 000 items): found by this fuzzer, now deduplicated and capped.
 */
const REPEATABLE_CHOICES: Record<string, string[]> = {
  "initiative.initiativeInput": ["languages"],
  "initiative.initiativeUpdateInput": ["languages"],
  "mentorship.offerInput": ["topics", "languages", "preferredSubRegions"],
  "mentorship.requestInput": ["topics", "languages"],
};

/** Every string, number and array inside a parsed value is bounded and finite. */
function expectBounded(value: unknown, path: string): void {
  if (typeof value === "string") {
    expect(value.length, `${path} is ${value.length} characters`).toBeLessThanOrEqual(MAX_STRING);
  } else if (typeof value === "number") {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  } else if (Array.isArray(value)) {
    expect(value.length, `${path} has ${value.length} items`).toBeLessThanOrEqual(MAX_ITEMS);
    value.forEach((item, i) => {
      expectBounded(item, `${path}[${i}]`);
    });
  } else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      expectBounded(item, path ? `${path}.${key}` : key);
    }
  }
}

function timedParse(schema: z.ZodType, input: unknown) {
  const started = performance.now();
  const result = schema.safeParse(input);
  expect(performance.now() - started).toBeLessThan(MAX_PARSE_MS);
  return result;
}

describe("fuzzing the input schemas", () => {
  it("finds the schemas", () => {
    expect(SCHEMAS.length).toBeGreaterThan(40);
  });

  for (const { name, schema } of SCHEMAS) {
    const shape = shapeOf(schema);
    it(`${name} never throws and lets through only bounded, expected values`, () => {
      const input: fc.Arbitrary<unknown> = shape
        ? fc.oneof({ weight: 9, arbitrary: formInput(shape) }, { weight: 1, arbitrary: wrongType })
        : fc
            .oneof(plausibleValue(schema), oddValue(schema), oddValue(schema))
            .filter((value) => value !== ABSENT);
      let passed = 0;
      fc.assert(
        fc.property(input, (value) => {
          const result = timedParse(schema, value);
          if (!result.success) return;
          passed += 1;
          expectBounded(result.data, "");
          if (shape && result.data && typeof result.data === "object") {
            // Mass assignment: nothing outside the schema's own fields comes out.
            const keys = Object.keys(result.data);
            expect(keys.filter((key) => !Object.hasOwn(shape, key))).toEqual([]);
            expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
          }
        }),
        { numRuns: RUNS },
      );
      // The generator must reach the accepting path too, or the checks above prove nothing.
      expect(passed).toBeGreaterThan(0);
    });
  }

  it("parseAuditSearch never throws on any query string", () => {
    const params = fc.dictionary(
      fc.constantFrom("initiative", "person", "action", "from", "to", "page", "x"),
      formValue(hostileText),
    );
    fc.assert(
      fc.property(params, (value) => {
        const parsed = parseAuditSearch(value);
        expectBounded(parsed.values, "");
        for (const entry of parsed.ignored) expect(entry.value.length).toBeLessThanOrEqual(40);
      }),
      { numRuns: RUNS },
    );
  });

  for (const [name, fields] of Object.entries(REPEATABLE_CHOICES)) {
    for (const field of fields) {
      it(`${name} counts a repeated ${field} choice once`, () => {
        const schema = SCHEMAS.find((s) => s.name === name)?.schema;
        const shape = schema && shapeOf(schema);
        if (!schema || !shape) throw new Error(`${name} is no longer an object schema`);
        const valid = Object.fromEntries(
          Object.entries(shape).map(([key, item]) => [key, acceptedBy(item)[0]]),
        );
        const result = schema.safeParse({ ...valid, [field]: Array(1_000).fill(valid[field]) });
        if (result.success) expectBounded(result.data, "");
      });
    }
  }
});
