import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { acceptInvitationAction } from "@/app/invitations/accept/actions";
import { getDb } from "@/db";
import { getPendingRequest } from "@/db/queries/join-requests";
import { addMember, getRole } from "@/db/queries/memberships";
import { initiativeMembers, invitations, joinRequests, outboxMessages } from "@/db/schema";
import { createPerson } from "@/db/testing/factories";
import { createTestInitiative } from "@/db/testing/initiatives";
import { setRequestLocale } from "@/lib/testing/fake-request";
import { actAs } from "@/lib/testing/fake-session";
import { form, idle, redirectOf, rowCount } from "@/lib/testing/helpers";
import { requestJoinAction } from "../actions";
import {
  changeRoleAction,
  decideJoinAction,
  inviteAction,
  leaveAction,
  removeMemberAction,
} from "./actions";

describe("joining through a request", () => {
  it("a person asks, a lead approves, the person is a member", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    const person = await createPerson();
    actAs(person);
    setRequestLocale("es");
    expect(
      await requestJoinAction(idle, form({ initiativeId: id, message: "Soy de la academia" })),
    ).toMatchObject({ status: "success" });
    expect((await requestJoinAction(idle, form({ initiativeId: id }))).message).toBe(
      "Ya pediste unirte; la coordinación lo verá.",
    );
    const request = await getPendingRequest(id, person.id);
    if (!request) throw new Error("no request");

    actAs(person);
    expect(
      (await decideJoinAction(idle, form({ requestId: request.id, decision: "approve" }))).status,
    ).toBe("error");
    actAs(await createPerson({ isSteward: true }));
    expect(
      (await decideJoinAction(idle, form({ requestId: request.id, decision: "approve" }))).status,
    ).toBe("error");
    expect(await getRole(id, person.id)).toBeNull();

    actAs(lead);
    expect(
      await decideJoinAction(idle, form({ requestId: request.id, decision: "approve" })),
    ).toMatchObject({
      status: "success",
      message: "Pedido aprobado: ya es miembro.",
    });
    expect(await getRole(id, person.id)).toBe("member");
    expect(
      (await decideJoinAction(idle, form({ requestId: request.id, decision: "decline" }))).status,
    ).toBe("error");
  });

  it("a declined person stays out; members cannot ask again; bad input writes nothing", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    const person = await createPerson();
    actAs(person);
    await requestJoinAction(idle, form({ initiativeId: id }));
    const request = await getPendingRequest(id, person.id);
    actAs(lead);
    await decideJoinAction(idle, form({ requestId: request?.id ?? "", decision: "decline" }));
    expect(await getRole(id, person.id)).toBeNull();
    setRequestLocale("en");
    expect((await requestJoinAction(idle, form({ initiativeId: id }))).message).toBe(
      "You already belong to this initiative.",
    );
    const before = await rowCount(joinRequests);
    expect(
      (await requestJoinAction(idle, form({ initiativeId: "nope", message: "x".repeat(600) })))
        .fieldErrors,
    ).toMatchObject({
      initiativeId: ["This value is not valid."],
      message: ["Too long: at most 500 characters."],
    });
    expect(
      (await decideJoinAction(idle, form({ requestId: crypto.randomUUID(), decision: "maybe" })))
        .status,
    ).toBe("error");
    expect(await rowCount(joinRequests)).toBe(before);
  });
});

describe("roles and leaving", () => {
  it("the last lead can never be removed, demoted or leave; with two leads they can", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    const member = await createPerson();
    await addMember(id, member.id, "member");
    setRequestLocale("es");
    actAs(lead);
    const lastLead =
      "La iniciativa necesita al menos una persona en la coordinación: nombra a otra antes.";
    expect((await leaveAction(idle, form({ initiativeId: id }))).message).toBe(lastLead);
    expect(
      (await changeRoleAction(idle, form({ initiativeId: id, userId: lead.id, role: "member" })))
        .message,
    ).toBe(lastLead);
    expect(await getRole(id, lead.id)).toBe("lead");

    expect(
      (await changeRoleAction(idle, form({ initiativeId: id, userId: member.id, role: "lead" })))
        .status,
    ).toBe("success");
    expect(await redirectOf(() => leaveAction(idle, form({ initiativeId: id })))).toBe(
      "/my-initiatives",
    );
    expect(await getRole(id, lead.id)).toBeNull();

    actAs(member);
    expect(
      (await removeMemberAction(idle, form({ initiativeId: id, userId: member.id }))).message,
    ).toBe(lastLead);
  });

  it("members cannot manage others, and a lead of another initiative cannot reach in by id", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    const member = await createPerson();
    await addMember(id, member.id, "member");
    const outsider = await createPerson();
    await createTestInitiative(outsider);
    const before = await getDb()
      .select()
      .from(initiativeMembers)
      .where(eq(initiativeMembers.initiativeId, id));
    for (const actor of [member, outsider]) {
      actAs(actor);
      expect(
        (await changeRoleAction(idle, form({ initiativeId: id, userId: actor.id, role: "lead" })))
          .status,
      ).toBe("error");
      expect(
        (await removeMemberAction(idle, form({ initiativeId: id, userId: lead.id }))).status,
      ).toBe("error");
      expect(
        (await inviteAction(idle, form({ initiativeId: id, email: "x@example.org", role: "lead" })))
          .status,
      ).toBe("error");
    }
    actAs(null);
    expect((await leaveAction(idle, form({ initiativeId: id }))).status).toBe("error");
    const after = await getDb()
      .select()
      .from(initiativeMembers)
      .where(eq(initiativeMembers.initiativeId, id));
    expect(after).toEqual(before);
  });
});

describe("invitations by e-mail", () => {
  it("reach someone without an account, work once, and only for the invited address", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead, { name: `Invitadora ${Date.now()}` });
    actAs(lead);
    setRequestLocale("en");
    const email = `invited.${Date.now()}@example.org`;
    expect(await inviteAction(idle, form({ initiativeId: id, email, role: "lead" }))).toMatchObject(
      { status: "success" },
    );
    const [mail] = await getDb().select().from(outboxMessages).where(eq(outboxMessages.to, email));
    expect(mail?.subject).toMatch(/^You are invited to Invitadora/);
    const token = mail?.text.match(/token=([\w-]+)/)?.[1] ?? "";

    actAs(await createPerson());
    expect((await acceptInvitationAction(idle, form({ token }))).message).toBe(
      "This invitation is for another e-mail address. Sign in with that account.",
    );
    const invited = await createPerson({ email });
    actAs(invited);
    expect(await redirectOf(() => acceptInvitationAction(idle, form({ token })))).toMatch(
      /^\/initiatives\/invitadora-/,
    );
    expect(await getRole(id, invited.id)).toBe("lead");
    expect((await acceptInvitationAction(idle, form({ token }))).message).toBe(
      "This invitation has expired or was already used.",
    );
  });

  it("refuse expired links and malformed input", async () => {
    const lead = await createPerson();
    const { id } = await createTestInitiative(lead);
    actAs(lead);
    const email = `late.${Date.now()}@example.org`;
    await inviteAction(idle, form({ initiativeId: id, email, role: "member" }));
    await getDb()
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.email, email));
    const [mail] = await getDb().select().from(outboxMessages).where(eq(outboxMessages.to, email));
    const token = mail?.text.match(/token=([\w-]+)/)?.[1] ?? "";
    const late = await createPerson({ email });
    actAs(late);
    expect((await acceptInvitationAction(idle, form({ token }))).status).toBe("error");
    expect(await getRole(id, late.id)).toBeNull();

    actAs(lead);
    const before = await rowCount(invitations);
    expect(
      (await inviteAction(idle, form({ initiativeId: id, email: "not-an-email", role: "owner" })))
        .fieldErrors,
    ).toMatchObject({
      email: expect.any(Array),
      role: expect.any(Array),
    });
    expect(await rowCount(invitations)).toBe(before);
  });
});
