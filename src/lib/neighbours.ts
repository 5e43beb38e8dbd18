// Previous and next entries within an entry's category, in the order its index lists them.
export interface Listed {
  id: string;
  data: { category: string };
}

export function neighbours<T extends Listed>(entries: T[], id: string): { previous?: T | undefined; next?: T | undefined } {
  const category = entries.find((entry) => entry.id === id)?.data.category;
  if (category === undefined) return {};
  const inCategory = entries.filter((entry) => entry.data.category === category);
  const at = inCategory.findIndex((entry) => entry.id === id);
  return { previous: inCategory[at - 1], next: inCategory[at + 1] };
}
