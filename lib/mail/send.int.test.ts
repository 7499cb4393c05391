import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { outboxMessages } from "@/db/schema";
import { rowCount } from "@/lib/testing/helpers";
import { sendMail } from "./send";

const received: string[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    let data = "";
    stream.on("data", (chunk: Buffer) => {
      data += chunk.toString();
    });
    stream.on("end", () => {
      received.push(data);
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("outgoing mail", () => {
  it("keeps every message in the local outbox when no SMTP server is configured", async () => {
    vi.stubEnv("EMAIL_SERVER", "");
    const before = await rowCount(outboxMessages);
    await sendMail({ to: "ana@example.org", subject: "Hola", text: "Texto con acentos: ñandú" });
    expect(await rowCount(outboxMessages)).toBe(before + 1);
    expect(received).toHaveLength(0);
  });

  it("sends through SMTP when EMAIL_SERVER is set, and keeps nothing locally", async () => {
    const { port } = server.server.address() as AddressInfo;
    vi.stubEnv("EMAIL_SERVER", `smtp://127.0.0.1:${port}`);
    vi.stubEnv("EMAIL_FROM", "Padrinazgo <no-reply@example.org>");
    const before = await rowCount(outboxMessages);
    await sendMail({
      to: "keisha@example.org",
      subject: "Your link",
      text: "Follow https://example.org/x",
    });
    expect(received).toHaveLength(1);
    expect(received[0]).toContain("To: keisha@example.org");
    expect(received[0]).toContain("Subject: Your link");
    expect(received[0]).toContain("From: Padrinazgo <no-reply@example.org>");
    expect(await rowCount(outboxMessages)).toBe(before);
  });
});
