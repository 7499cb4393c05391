// Server actions called the way Next.js's client calls them: POST to a page with the
// action's id and the arguments encoded as React's reply form (previous state, form data).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

/** The id the build gave an exported action, from the build's server reference manifest. */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as Manifest;
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === filename && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${filename}; build first`);
  return found[0];
}

const BOUNDARY = "----padrinazgo-bench-7d1f";

/**
 * The reply form for `(previous, formData)`: the form's fields under the "_1_" prefix and
 * the argument list as part "0". Built synchronously so a request can change per call;
 * `checkReplyEncoding` proves it equal to React's own encoder before any measurement.
 */
export function replyEntries(
  previous: unknown,
  fields: Record<string, string>,
): [string, string][] {
  return [
    ...Object.entries(fields).map(([k, v]): [string, string] => [`_1_${k}`, v]),
    ["0", JSON.stringify([previous, "$K1"])],
  ];
}

export function multipart(entries: [string, string][]): string {
  const parts = entries.map(
    ([name, value]) =>
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return `${parts.join("")}--${BOUNDARY}--\r\n`;
}

export function actionHeaders(
  baseUrl: string,
  id: string,
  cookie?: string,
): Record<string, string> {
  return {
    "next-action": id,
    "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
    accept: "text/x-component",
    origin: baseUrl,
    ...(cookie ? { cookie } : {}),
  };
}

export async function checkReplyEncoding(): Promise<void> {
  const require = createRequire(import.meta.url);
  const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node") as {
    encodeReply: (value: unknown) => Promise<FormData | string>;
  };
  const form = new FormData();
  form.set("mentorshipId", "x");
  form.set("note", "y");
  const encoded = await encodeReply([{ status: "idle" }, form]);
  const theirs =
    encoded instanceof FormData ? [...encoded.entries()].map(([k, v]) => [k, String(v)]) : [];
  const ours = replyEntries({ status: "idle" }, { mentorshipId: "x", note: "y" });
  const sort = (list: string[][]) => JSON.stringify([...list].sort());
  if (sort(theirs) !== sort(ours))
    throw new Error(`React's reply encoding changed: ${JSON.stringify(theirs)}`);
}
