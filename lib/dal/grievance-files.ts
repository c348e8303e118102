import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { ALLOWED_TYPES, MAX_DOCUMENT_BYTES, cleanFileName, sniffType } from "@/lib/grievances/file-type";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { ForbiddenError, NotFoundError } from "./errors";
import { eventRecorderSide, grievanceScope } from "./grievance-scope";

export type FileWrite = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

/** The grievance, if the actor sees it and may add to its file (the local's stewards and officers, the district's HR and administrators). */
async function writable(actor: Actor, grievanceId: string) {
  const prisma = await db();
  const g = await prisma.grievance.findFirst({ where: { AND: [{ id: grievanceId }, grievanceScope(actor)] }, select: { id: true, localId: true, organizationId: true } });
  if (!g) throw new NotFoundError("Grievance");
  if (!eventRecorderSide(actor, g)) throw new ForbiddenError();
  return g;
}

/** Stores a document with the grievance; its type is read from its bytes. Nothing is ever deleted. */
export async function addDocument(actor: Actor, grievanceId: string, file: { name: string; bytes: Uint8Array }): Promise<FileWrite> {
  const g = await writable(actor, grievanceId);
  if (file.bytes.length === 0) return { ok: false, errors: { file: "Choose a file to upload" } };
  if (file.bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, errors: { file: `The file is ${(file.bytes.length / 1048576).toFixed(1)} MB; the limit is 5 MB` } };
  const type = sniffType(file.bytes);
  if (!type) return { ok: false, errors: { file: "Only PDF, PNG, JPEG or plain-text files can be kept (the file's contents were checked, not its name)" } };
  const fileName = cleanFileName(file.name, type);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const d = await tx.grievanceDocument.create({
      data: { grievanceId, fileName, contentType: type, size: file.bytes.length, sha256, data: Buffer.from(file.bytes), uploadedById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "create", entity: "GrievanceDocument", entityId: d.id, organizationId: g.organizationId, after: { grievanceId, fileName, contentType: type, size: file.bytes.length, sha256 } });
    return { ok: true as const, id: d.id };
  });
}

/** Adds a text note to the grievance (append-only). */
export async function addNote(actor: Actor, grievanceId: string, body: string): Promise<FileWrite> {
  const g = await writable(actor, grievanceId);
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const n = await tx.grievanceNote.create({ data: { grievanceId, body, authorId: actor.userId }, select: { id: true } });
    await recordAudit(tx, actor, { action: "create", entity: "GrievanceNote", entityId: n.id, organizationId: g.organizationId, after: { grievanceId, body } });
    return { ok: true as const, id: n.id };
  });
}

/** The documents (without their bytes) and notes of a grievance the actor sees, oldest first. */
export async function grievanceFile(actor: Actor, grievanceId: string) {
  const prisma = await db();
  const where = { grievance: { AND: [{ id: grievanceId }, grievanceScope(actor)] } };
  const [documents, notes] = await Promise.all([
    prisma.grievanceDocument.findMany({
      where, orderBy: { createdAt: "asc" },
      select: { id: true, fileName: true, contentType: true, size: true, createdAt: true, uploadedBy: { select: { name: true, email: true } } },
    }),
    prisma.grievanceNote.findMany({ where, orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true, email: true } } } }),
  ]);
  return { documents: documents.map((d) => ({ ...d, typeLabel: ALLOWED_TYPES[d.contentType as keyof typeof ALLOWED_TYPES]?.label ?? d.contentType })), notes };
}

/** One document with its bytes, scoped like its grievance (NotFoundError otherwise). */
export async function getDocument(actor: Actor, grievanceId: string, documentId: string) {
  const prisma = await db();
  const d = await prisma.grievanceDocument.findFirst({ where: { id: documentId, grievance: { AND: [{ id: grievanceId }, grievanceScope(actor)] } } });
  if (!d) throw new NotFoundError("Document");
  return d;
}
