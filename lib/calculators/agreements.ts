import type { AgreementId } from "./types";

export const AGREEMENT_IDS: AgreementId[] = ["sd73-teachers", "sd71-cupe439"];
export const AGREEMENT_TITLES: Record<AgreementId, string> = {
  "sd73-teachers": "SD73 Kamloops-Thompson teachers (BCPSEA–BCTF 2022–2025, KTTA local provisions)",
  "sd71-cupe439": "SD71 Comox Valley – CUPE Local 439 (2014–2019)",
};
export const AGREEMENT_SHORT: Record<AgreementId, string> = { "sd73-teachers": "SD73 teachers", "sd71-cupe439": "SD71 CUPE 439" };
export const isAgreementId = (s: string): s is AgreementId => (AGREEMENT_IDS as string[]).includes(s);
