// Previous and next entries within an entry's category, in the order its index lists them.
export interface Listed {
  id: string;
  data: { category: string };
}

export function neighbours<T extends Listed>(entries: T[], id: string): { previous?: T | undefined; next?: T | undefined } {
  const inCategory = entries.filter((entry) => entry.data.category === entries.find((other) => other.id === id)?.data.category);
  const at = inCategory.findIndex((entry) => entry.id === id);
  if (at === -1) return {};
  return { previous: inCategory[at - 1], next: inCategory[at + 1] };
}
