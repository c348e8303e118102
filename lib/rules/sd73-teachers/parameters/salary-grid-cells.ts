/**
 * Appendix A salary grids (annual, whole dollars), transcribed cell by cell from the
 * source document. Cells: a dollar amount; "-" where the grid prints "$ -" (no rate);
 * null where the grid leaves the cell blank (row 0, eliminated by B.1.5). Neither "-"
 * nor null is ever a payable amount (spec §2.2, GRID-02).
 * Rows are steps 0–10; columns Cat 4, Cat 5, Cat 5+, Cat 6.
 */
export type GridCell = number | "-" | null;
export type GridRows = GridCell[][];

/** Appendix A: Kamloops Teachers Salary Grid July 1, 2022 – June 30, 2023. */
export const kam2022: GridRows = [
  [null, null, null, null], // step 0
  [60510, 66776, 70743, 72136], // step 1
  [63205, 69678, 73958, 75461], // step 2
  [65899, 72581, 77174, 78787], // step 3
  [68595, 75485, 80390, 82112], // step 4
  [71289, 78387, 83604, 85437], // step 5
  [73983, 81291, 86821, 88763], // step 6
  [79736, 84193, 90035, 92088], // step 7
  ["-", 90571, 96971, 99222], // step 8
  ["-", "-", "-", "-"], // step 9
  ["-", "-", "-", "-"], // step 10
];

/** Appendix A: North Thompson (Clearwater) Salary Grid July 1, 2022 – June 30, 2023. */
export const nt2022: GridRows = [
  [null, null, null, null], // step 0
  ["-", "-", "-", "-"], // step 1
  ["-", "-", "-", "-"], // step 2
  ["-", 73135, 77174, 78787], // step 3
  ["-", 76223, 80390, 82113], // step 4
  ["-", 79310, 83604, 85437], // step 5
  ["-", 82399, 86821, 88763], // step 6
  ["-", 85486, 90035, 92088], // step 7
  [82586, 91664, 96035, 99222], // step 8
  ["-", "-", 97262, "-"], // step 9
  ["-", "-", "-", "-"], // step 10
];

/** Appendix A: Kamloops Teachers Salary Grid July 1, 2023 – June 30, 2024. */
export const kam2023: GridRows = [
  [null, null, null, null], // step 0
  [64594, 71283, 75518, 77005], // step 1
  [67471, 74381, 78950, 80555], // step 2
  [70347, 77480, 82383, 84105], // step 3
  [73225, 80580, 85816, 87654], // step 4
  [76101, 83678, 89247, 91204], // step 5
  [78977, 86778, 92681, 94754], // step 6
  [85358, 89876, 96112, 98304], // step 7
  ["-", 96957, 103808, 106217], // step 8
  ["-", "-", "-", "-"], // step 9
  ["-", "-", "-", "-"], // step 10
];

/** Appendix A: North Thompson (Clearwater) Salary Grid July 1, 2023 – June 30, 2024. */
export const nt2023: GridRows = [
  [null, null, null, null], // step 0
  ["-", "-", "-", "-"], // step 1
  ["-", "-", "-", "-"], // step 2
  ["-", 78072, 82383, 84105], // step 3
  ["-", 81368, 85816, 87656], // step 4
  ["-", 84663, 89247, 91204], // step 5
  ["-", 87961, 92681, 94754], // step 6
  ["-", 91256, 96112, 98304], // step 7
  [88408, 98126, 102517, 106217], // step 8
  ["-", "-", 104119, "-"], // step 9
  ["-", "-", "-", "-"], // step 10
];

/** Appendix A: Kamloops Teachers Salary Grid July 1, 2024 – June 30, 2025. */
export const kam2024: GridRows = [
  [null, null, null, null], // step 0
  [66532, 73421, 77784, 79315], // step 1
  [69495, 76612, 81319, 82971], // step 2
  [72458, 79804, 84855, 86628], // step 3
  [75422, 82998, 88391, 90284], // step 4
  [78384, 86189, 91924, 93940], // step 5
  [81346, 89382, 95462, 97597], // step 6
  [88012, 92573, 98995, 101253], // step 7
  ["-", 99972, 107036, 109520], // step 8
  ["-", "-", "-", "-"], // step 9
  ["-", "-", "-", "-"], // step 10
];

/** Appendix A: North Thompson (Clearwater) Salary Grid July 1, 2024 – June 30, 2025. */
export const nt2024: GridRows = [
  [null, null, null, null], // step 0
  ["-", "-", "-", "-"], // step 1
  ["-", "-", "-", "-"], // step 2
  ["-", 80414, 84855, 86628], // step 3
  ["-", 83809, 88391, 90285], // step 4
  ["-", 87203, 91924, 93940], // step 5
  ["-", 90600, 95462, 97597], // step 6
  ["-", 93994, 98995, 101253], // step 7
  [91158, 101178, 105593, 109520], // step 8
  ["-", "-", 107358, "-"], // step 9
  ["-", "-", "-", "-"], // step 10
];

