// Name lists for demo employees (fictional people; any resemblance is coincidental).
export const FIRST_NAMES = [
  "Avery", "Jordan", "Morgan", "Taylor", "Riley", "Casey", "Quinn", "Harper", "Rowan", "Emerson",
  "Olivia", "Liam", "Emma", "Noah", "Amelia", "Lucas", "Sophia", "Ethan", "Chloe", "Mason",
  "Isla", "Benjamin", "Aria", "Jacob", "Maya", "William", "Zoe", "Daniel", "Hannah", "Owen",
  "Priya", "Arjun", "Mei", "Hiroshi", "Fatima", "Omar", "Sofia", "Mateo", "Ananya", "Kai",
  "Grace", "Samuel", "Leah", "Nathan", "Ruby", "Elijah", "Clara", "Gabriel", "Nora", "Henry",
] as const;

export const LAST_NAMES = [
  "Anderson", "Bouchard", "Campbell", "Dhillon", "Edwards", "Fraser", "Gill", "Harris", "Ito", "Johnson",
  "Klassen", "Lam", "MacDonald", "Nguyen", "O'Brien", "Patel", "Quewezance", "Robertson", "Sandhu", "Thompson",
  "Underwood", "Van der Berg", "Wong", "Xu", "Young", "Zimmerman", "Chen", "Sidhu", "Martin", "Tremblay",
  "Gagnon", "Roy", "Côté", "Leblanc", "Morrison", "Stewart", "Grewal", "Kim", "Park", "Singh",
  "Wilson", "Taylor", "Brown", "Williams", "Jones", "Miller", "Davis", "García", "Rodriguez", "Ahmed",
] as const;
