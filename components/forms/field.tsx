export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "select" | "hidden";
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  defaultValue?: string;
  maxLength?: number;
  options?: { value: string; label: string }[];
};

const INPUT =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-[invalid=true]:border-red-700";

/** A labelled input whose hint and errors are tied to it for assistive technology. */
export function Field({
  spec,
  errors,
  value,
  formId,
}: {
  spec: FieldSpec;
  errors?: string[];
  value?: string;
  formId: string;
}) {
  const id = `${formId}-${spec.name}`;
  if (spec.type === "hidden") {
    return <input type="hidden" name={spec.name} value={spec.defaultValue ?? ""} />;
  }
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const common = {
    id,
    name: spec.name,
    required: spec.required,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    className: INPUT,
  };
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {spec.label}
        {spec.required ? (
          <span aria-hidden="true" className="text-red-700">
            {" "}
            *
          </span>
        ) : null}
      </label>
      {spec.type === "select" ? (
        <select {...common} defaultValue={value ?? spec.defaultValue}>
          {spec.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={spec.type ?? "text"}
          autoComplete={spec.autoComplete}
          maxLength={spec.maxLength}
          defaultValue={spec.type === "password" ? undefined : (value ?? spec.defaultValue)}
        />
      )}
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
    </div>
  );
}
