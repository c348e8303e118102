import { describe, expect, it } from "vitest";
import { pdfText } from "@/lib/test/pdf-text";
import { lifFormPdf, type LifFormData } from "./lif-form";

const form = (): LifFormData => ({
  district: "Kamloops-Thompson", local: "Kamloops-Thompson Teachers' Association", schoolYear: "2024-25", deadline: "2024-10-31", recipient: "Ministry of Education and Child Care",
  allocation: { amountCents: 123_456_00, source: "Ministry notice" },
  meetings: [{ date: "2024-09-20", districtAttendees: "Nguyễn Thị Phương (HR)", localAttendees: "Tk̓emlúps te Secwépemc member Sḵwx̱wú7mesh" }],
  marks: [{ party: "DISTRICT", key: "background", met: true, note: null }, { party: "LOCAL", key: "background", met: true, note: "Budget shared on 2024-09-20" }],
  signatures: [{ party: "LOCAL", name: "Sḵwx̱wú7mesh Tk̓emlúps", title: "President", signedOn: "2024-10-15", account: "president@local.example" }],
  status: { status: "LOCAL_SIGNED", complete: false } as unknown as LifFormData["status"],
});

describe("LIF Confirmation of Genuine Consultation (PDF)", { timeout: 30_000 }, () => {
  it("LIF notice 2024-25: the criteria table, meetings and signatures print with names as written", async () => {
    const text = pdfText(await lifFormPdf(form())).replace(/\s+/g, " ");
    expect(text).toContain("Confirmation of Genuine Consultation — Kamloops-Thompson — LIF 2024-25 (LIF notice 2024-25)");
    expect(text).toContain("Signed: Sḵwx̱wú7mesh Tk̓emlúps, President, on 2024-10-15");
    expect(text).toContain("Nguyễn Thị Phương (HR)");
    expect(text).toContain("Local: Budget shared on 2024-09-20");
    expect(text).toContain("$123,456.00");
    expect(text).toContain("page 1 of 1");
  });

  it("LIF notice 2024-25: Chinese (CJK fallback font), Vietnamese and combining-mark names print intact in the meetings table and signatures", async () => {
    const f = form();
    f.meetings = [{ date: "2024-09-20", districtAttendees: "陈志明 (HR), 王芳", localAttendees: "Nguyễn Thị Minh Khai, Tk̓emlúps te Secwépemc" }];
    f.signatures = [{ party: "LOCAL", name: "陈志明", title: "President", signedOn: "2024-10-15", account: "president@local.example" }, { party: "DISTRICT", name: "Sḵwx̱wú7mesh", title: "Superintendent", signedOn: "2024-10-16", account: "sup@district.example" }];
    const text = pdfText(await lifFormPdf(f)).replace(/\s+/g, " ");
    expect(text).toContain("陈志明 (HR), 王芳");
    expect(text).toContain("Nguyễn Thị Minh Khai, Tk̓emlúps te Secwépemc");
    expect(text).toContain("Signed: 陈志明, President, on 2024-10-15");
    expect(text).toContain("Signed: Sḵwx̱wú7mesh, Superintendent, on 2024-10-16");
  });
});
