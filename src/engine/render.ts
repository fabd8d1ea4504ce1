import type { Bilingual } from "../corpus/types.js";
import type { MessageData } from "./types.js";

function fill(template: string, data: MessageData): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) =>
    Object.hasOwn(data, key) ? String(data[key]) : placeholder,
  );
}

/** Renders a message template in both languages with its data. */
export function renderMessage(template: Bilingual, data: MessageData): Bilingual {
  return { en: fill(template.en, data), zh: fill(template.zh, data) };
}
