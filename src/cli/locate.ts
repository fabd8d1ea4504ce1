import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { Path } from "../engine/types.js";
import type { Located, Locator, SourceRegion } from "../format/types.js";

/**
 * Finds subject paths in a JSON or YAML text (JSON is parsed as the YAML it also is, which keeps
 * each node's offsets). Returns `undefined` for each path when the text does not parse. It lives with
 * the CLI, which reads files, so the library entry does not carry a YAML parser.
 */
export function createLocator(source: string): Locator {
  const lineCounter = new LineCounter();
  let root: unknown;
  try {
    const document = parseDocument(source, { lineCounter, uniqueKeys: false, strict: false, prettyErrors: false });
    root = document.errors.length > 0 ? undefined : document.contents;
  } catch {
    root = undefined;
  }
  const position = (offset: number): { line: number; col: number } => lineCounter.linePos(offset);
  const regionOf = (start: number, end: number): SourceRegion => {
    const from = position(start);
    const to = position(Math.max(end, start));
    return { startLine: from.line, startColumn: from.col, endLine: to.line, endColumn: to.col };
  };

  return (path) => {
    let node: unknown = root;
    let found: Located | undefined;
    for (const [index, segment] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === String(segment));
        const key = pair?.key as Node | undefined;
        if (!pair || !key?.range) break;
        const value = pair.value as Node | null;
        const end = isScalar(value) && value.range ? value.range[1] : key.range[1];
        found = { region: regionOf(key.range[0], end), depth: index + 1 };
        node = value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment] as Node | undefined;
        if (!item?.range) break;
        const end = isScalar(item) ? item.range[1] : item.range[0] + 1;
        found = { region: regionOf(item.range[0], end), depth: index + 1 };
        node = item;
      } else {
        break;
      }
    }
    return found;
  };
}
