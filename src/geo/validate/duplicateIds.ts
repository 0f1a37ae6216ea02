/**
 * Makes ids unique within an import. Decision: the first feature keeps its id; each later one
 * with the same id gets the first free suffix "-2", "-3", … (free among all ids in the file and
 * those already given), and a warning names both features. The property table keeps the
 * original id verbatim; only the feature's id in the import changes.
 */

export interface IdRenaming {
  /** position in the list given */
  position: number;
  /** position of the first feature with that id */
  firstPosition: number;
  newId: string;
}

export interface UniqueIds {
  ids: string[];
  renamed: IdRenaming[];
}

export function assignUniqueIds(ids: readonly string[]): UniqueIds {
  const taken = new Set(ids);
  const firstAt = new Map<string, number>();
  const out: string[] = [];
  const renamed: IdRenaming[] = [];
  ids.forEach((id, position) => {
    const first = firstAt.get(id);
    if (first === undefined) {
      firstAt.set(id, position);
      out.push(id);
      return;
    }
    let suffix = 2;
    while (taken.has(`${id}-${suffix}`)) suffix++;
    const newId = `${id}-${suffix}`;
    taken.add(newId);
    out.push(newId);
    renamed.push({ position, firstPosition: first, newId });
  });
  return { ids: out, renamed };
}
