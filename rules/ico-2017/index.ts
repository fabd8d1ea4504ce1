/**
 * The 2017 ICO rule pack: the seven agencies' Announcement on Preventing the Risks of Token
 * Issuance Financing (4 September 2017).
 * @module
 */
import type { Rule } from "../../src/engine/types.js";
import { financialInstitutions } from "./financial-institutions.js";
import { notLegalTender } from "./not-legal-tender.js";
import { refundArrangements } from "./refund-arrangements.js";
import { tokenIssuanceFinancing } from "./token-issuance-financing.js";
import { tradingPlatform } from "./trading-platform.js";

/** Every rule of the ICO 2017 pack, sorted by id. */
export const ico2017Rules: readonly Rule[] = Object.freeze([
  financialInstitutions,
  notLegalTender,
  refundArrangements,
  tokenIssuanceFinancing,
  tradingPlatform,
]);
