import type { FieldSpec } from "./field";

/** The new-password pair used wherever a password is chosen, with the rule stated on the form. */
export function newPasswordFields(labels: {
  password: string;
  confirm: string;
  rule: string;
}): FieldSpec[] {
  return [
    {
      name: "password",
      label: labels.password,
      type: "password",
      autoComplete: "new-password",
      required: true,
      hint: labels.rule,
    },
    {
      name: "confirm",
      label: labels.confirm,
      type: "password",
      autoComplete: "new-password",
      required: true,
    },
  ];
}
