import type { Bilingual } from "../corpus/types.js";
import type { MessageData } from "./types.js";

/** A template split once into literal text (even indexes) and placeholder names (odd indexes). */
type Compiled = readonly string[];

/** Templates seen so far, compiled: they are the rules' message constants, so the cache stays small. */
const compiled = new Map<string, Compiled>();
const MAX_CACHED = 5_000;

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (!parts) {
    // "a {x} b".split(/\{(\w+)\}/) gives ["a ", "x", " b"]: the same placeholders, left to right, as a global replace.
    parts = template.split(/\{(\w+)\}/);
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(template, parts);
  }
  return parts;
}

function fill(template: string, data: MessageData): string {
  const parts = compile(template);
  if (parts.length === 1) return template;
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    text += (Object.hasOwn(data, key) ? String(data[key]) : `{${key}}`) + parts[i + 1]!;
  }
  return text;
}

/** Renders a message template in both languages with its data. */
export function renderMessage(template: Bilingual, data: MessageData): Bilingual {
  return { en: fill(template.en, data), zh: fill(template.zh, data) };
}
