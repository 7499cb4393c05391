import { describe, expect, it } from "vitest";
import { changePasswordInput, localeInput, profileInput, signUpInput } from "./auth";

const valid = {
  name: "Ana",
  email: " Ana@Example.ORG ",
  password: "una frase larga y mía",
  confirm: "una frase larga y mía",
};

function messages(result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) {
  return result.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`) ?? [];
}

describe("sign-up input", () => {
  it("accepts a long passphrase and normalizes the e-mail", () => {
    const result = signUpInput.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data?.email).toBe("ana@example.org");
  });

  it("has no composition rules: spaces, unicode and 256 characters are fine", () => {
    expect(
      signUpInput.safeParse({ ...valid, password: "ñandú 🦜 ñandú", confirm: "ñandú 🦜 ñandú" })
        .success,
    ).toBe(true);
    const long = `${"x".repeat(255)}y`;
    expect(signUpInput.safeParse({ ...valid, password: long, confirm: long }).success).toBe(true);
  });

  it.each([
    [{ password: "short", confirm: "short" }, "password:validation.passwordTooShort"],
    [{ password: "1234567890", confirm: "1234567890" }, "password:validation.passwordCommon"],
    [{ password: "Password123", confirm: "Password123" }, "password:validation.passwordCommon"],
    [{ confirm: "something else entirely" }, "confirm:validation.passwordMismatch"],
    [{ email: "not-an-email" }, "email:validation.email"],
    [{ email: "" }, "email:validation.required"],
    [{ name: "   " }, "name:validation.required"],
    [{ name: "n".repeat(121) }, "name:validation.tooLong"],
    [{ password: "p".repeat(257), confirm: "p".repeat(257) }, "password:validation.tooLong"],
  ])("refuses %o with %s", (change, expected) => {
    expect(messages(signUpInput.safeParse({ ...valid, ...change }))).toContain(expected);
  });

  it("refuses wrong types without throwing", () => {
    expect(signUpInput.safeParse({ name: 1, email: null, password: {}, confirm: [] }).success).toBe(
      false,
    );
  });
});

describe("account inputs", () => {
  it("accepts only the three locales", () => {
    expect(profileInput.safeParse({ name: "Ana", locale: "pt" }).success).toBe(true);
    expect(messages(profileInput.safeParse({ name: "Ana", locale: "fr" }))).toContain(
      "locale:validation.locale",
    );
    expect(localeInput.safeParse({ locale: "xx" }).success).toBe(false);
  });

  it("requires the current password when changing it", () => {
    const result = changePasswordInput.safeParse({
      current: "",
      password: valid.password,
      confirm: valid.password,
    });
    expect(messages(result)).toContain("current:validation.required");
  });
});
