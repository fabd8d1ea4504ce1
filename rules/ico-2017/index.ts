/**
 * The 2017 ICO rule pack: the seven agencies' Announcement on Preventing the Risks of Token
 * Issuance Financing (4 September 2017).
 * @module
 */
import type { Rule } from "../../src/engine/types.js";

/** Every rule of the ICO 2017 pack, sorted by id. */
export const ico2017Rules: readonly Rule[] = Object.freeze([]);
