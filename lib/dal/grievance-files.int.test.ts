import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Actor } from "./actor";
import { addDocument, addNote, getDocument, grievanceFile } from "./grievance-files";
import { createGrievance } from "./grievance-writes";
import { NotFoundError } from "./errors";

const TAG = "INT-TEST documents";
async function actor(email: string): Promise<Actor> {
  const u = await (await db()).user.findUniqueOrThrow({ where: { email } });
  return loadActor(u.id);
}
afterAll(async () => {
  await (await db()).grievance.deleteMany({ where: { summary: { startsWith: TAG } } });
});

async function grievance(s: Actor) {
  const prisma = await db();
  const ag = await prisma.agreement.findUniqueOrThrow({ where: { rulesId: "sd73-teachers" } });
  const emp = await prisma.employee.findFirstOrThrow({ where: { agreementId: ag.id }, orderBy: { employeeNumber: "asc" } });
  const r = await createGrievance(s, {
    agreementId: ag.id, type: "LOCAL_MATTER", policy: false, grievors: [emp.employeeNumber], articles: ["C.2.1"],
    summary: `${TAG}: letters`, remedy: "Make whole", violationDate: "2024-10-01",
  }, "2024-10-02");
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.id;
}

describe("grievance documents and notes (lib/dal)", () => {
  it("keeps a PDF by its bytes (a .txt name does not change its type), refuses a ZIP and an oversize file, and scopes downloads", async () => {
    const s = await actor("steward.ktta@accord.test");
    const id = await grievance(s);
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const r = await addDocument(s, id, { name: "step-one-letter.txt", bytes: pdf });
    expect(r.ok).toBe(true);
    const zip = await addDocument(s, id, { name: "letter.pdf", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]) });
    expect(zip).toMatchObject({ ok: false, errors: { file: expect.stringMatching(/Only PDF, PNG, JPEG or plain-text/) } });
    const big = await addDocument(s, id, { name: "big.txt", bytes: new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41) });
    expect(big).toMatchObject({ ok: false, errors: { file: expect.stringMatching(/limit is 5 MB/) } });

    const d = await getDocument(s, id, (r as { id: string }).id);
    expect(d.contentType).toBe("application/pdf");
    expect(Buffer.from(d.data).equals(Buffer.from(pdf))).toBe(true);
    const hr71 = await actor("hr.sd71@accord.test");
    await expect(getDocument(hr71, id, d.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(addNote(await actor("steward.cupe439@accord.test"), id, "x")).rejects.toBeInstanceOf(NotFoundError);

    await addNote(s, id, "Called the grievor; letter sent by email.");
    const file = await grievanceFile(s, id);
    expect(file.documents.map((x) => [x.fileName, x.typeLabel])).toEqual([["step-one-letter.txt.pdf", "PDF"]]);
    expect(file.notes.map((n) => n.body)).toEqual(["Called the grievor; letter sent by email."]);
    const audits = await (await db()).auditEvent.count({ where: { entity: { in: ["GrievanceDocument", "GrievanceNote"] }, entityId: { in: [d.id, ...file.notes.map((n) => n.id)] } } });
    expect(audits).toBe(2);
  });
});
