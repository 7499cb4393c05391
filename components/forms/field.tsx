import type { ReactNode } from "react";

export type Option = { value: string; label: string; group?: string };

export type FieldSpec = {
  name: string;
  label: string;
  type?:
    | "text"
    | "email"
    | "password"
    | "url"
    | "number"
    | "date"
    | "select"
    | "multiselect"
    | "checkboxes"
    | "checkbox"
    | "textarea"
    | "hidden";
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  defaultValue?: string | string[];
  maxLength?: number;
  min?: number;
  max?: number;
  rows?: number;
  options?: Option[];
};

type Value = string | string[] | undefined;

const INPUT =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-red-700";

const asList = (v: Value): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const asText = (v: Value): string | undefined => (Array.isArray(v) ? v.join("\n") : v);

function Options({ options }: { options: Option[] }) {
  const groups = [...new Set(options.map((o) => o.group))];
  if (groups.length <= 1) {
    return options.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  }
  return groups.map((group) => (
    <optgroup key={group ?? ""} label={group ?? ""}>
      {options
        .filter((o) => o.group === group)
        .map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
    </optgroup>
  ));
}

/** A labelled input whose hint and errors are tied to it for assistive technology. */
export function Field({
  spec,
  errors,
  value,
  formId,
}: {
  spec: FieldSpec;
  errors?: string[];
  value?: Value;
  formId: string;
}) {
  const id = `${formId}-${spec.name}`;
  if (spec.type === "hidden") {
    // A server answer may move a hidden value on (a revision after an edit conflict).
    return (
      <input type="hidden" name={spec.name} value={asText(value ?? spec.defaultValue) ?? ""} />
    );
  }
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const invalid = errors?.length ? true : undefined;
  const current = value ?? spec.defaultValue;
  const label = (
    <>
      {spec.label}
      {spec.required ? (
        <span aria-hidden="true" className="text-red-700">
          {" "}
          *
        </span>
      ) : null}
    </>
  );
  const help = (
    <>
      {spec.hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {spec.hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );

  if (spec.type === "checkbox") {
    const on = asText(current) === "on" || asText(current) === "true";
    return (
      <div>
        <label className="inline-flex items-center gap-2 text-sm font-medium text-slate-900">
          <input
            type="checkbox"
            id={id}
            name={spec.name}
            value="on"
            defaultChecked={on}
            aria-describedby={describedBy}
            className="h-4 w-4 accent-brand-700"
          />
          {spec.label}
        </label>
        {help}
      </div>
    );
  }

  if (spec.type === "checkboxes") {
    const checked = new Set(asList(current));
    return (
      <fieldset aria-describedby={describedBy}>
        <legend className="text-sm font-medium text-slate-900">{label}</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
          {spec.options?.map((o) => (
            <label key={o.value} className="inline-flex items-center gap-2 text-slate-900">
              <input
                type="checkbox"
                id={`${id}-${o.value}`}
                name={spec.name}
                value={o.value}
                defaultChecked={checked.has(o.value)}
                aria-invalid={invalid}
                className="h-4 w-4 accent-brand-700"
              />
              {o.label}
            </label>
          ))}
        </div>
        {help}
      </fieldset>
    );
  }

  const common = {
    id,
    name: spec.name,
    required: spec.required,
    "aria-invalid": invalid,
    "aria-describedby": describedBy,
    className: INPUT,
  };
  let control: ReactNode;
  if (spec.type === "select" || spec.type === "multiselect") {
    const multiple = spec.type === "multiselect";
    control = (
      <select
        {...common}
        multiple={multiple}
        size={multiple ? 8 : undefined}
        defaultValue={multiple ? asList(current) : asText(current)}
      >
        <Options options={spec.options ?? []} />
      </select>
    );
  } else if (spec.type === "textarea") {
    control = (
      <textarea
        {...common}
        rows={spec.rows ?? 5}
        maxLength={spec.maxLength}
        defaultValue={asText(current)}
      />
    );
  } else {
    control = (
      <input
        {...common}
        type={spec.type ?? "text"}
        autoComplete={spec.autoComplete}
        maxLength={spec.maxLength}
        min={spec.min}
        max={spec.max}
        defaultValue={spec.type === "password" ? undefined : asText(current)}
      />
    );
  }
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {control}
      {help}
    </div>
  );
}
