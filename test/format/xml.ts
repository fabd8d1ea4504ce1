/**
 * A small XML well-formedness check for the JUnit output (no XML parser is installed): tags balance,
 * attribute values are quoted and hold no raw `<` or `&`, text holds no raw `<` or stray `&`.
 * Returns the elements as a tree of { name, attributes, children, text }.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function checkAmpersands(text: string, where: string): void {
  for (let index = text.indexOf("&"); index !== -1; index = text.indexOf("&", index + 1)) {
    ENTITY.lastIndex = index;
    if (!ENTITY.test(text)) throw new Error(`raw & in ${where}: ${text.slice(index, index + 20)}`);
  }
}

export function parseXml(xml: string): XmlElement {
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const root: XmlElement = { name: "#root", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  const tag = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>/;
  while (rest.length > 0) {
    const next = rest.indexOf("<");
    const text = next === -1 ? rest : rest.slice(0, next);
    if (text.length > 0) {
      if (text.includes("]]>")) throw new Error("]]> in text");
      checkAmpersands(text, "text");
      stack[stack.length - 1]!.text += decode(text);
      rest = rest.slice(text.length);
      continue;
    }
    const match = tag.exec(rest);
    if (!match) throw new Error(`malformed markup at: ${rest.slice(0, 60)}`);
    const [whole, closing, name, attributeText, selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
    } else {
      const attributes: Record<string, string> = {};
      for (const [, key, value] of attributeText!.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
        checkAmpersands(value!, `attribute ${key}`);
        if (Object.hasOwn(attributes, key!)) throw new Error(`duplicate attribute ${key}`);
        attributes[key!] = decode(value!);
      }
      const element: XmlElement = { name: name!, attributes, children: [], text: "" };
      stack[stack.length - 1]!.children.push(element);
      if (!selfClosing) stack.push(element);
    }
    rest = rest.slice(whole!.length);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  if (root.children.length !== 1) throw new Error("expected one root element");
  return root.children[0]!;
}

export function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...descendants(child, name)]);
}
