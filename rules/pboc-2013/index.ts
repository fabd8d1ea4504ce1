/**
 * The opt-in 2013 rule pack: the five regulators' Notice on Preventing the Risks of Bitcoin
 * (银发〔2013〕289号, published 2013-12-05). Not in `recommended`; selected by the `pboc-2013` preset.
 * @module
 */
import type { Rule } from "../../src/engine/types.js";
import { customerIdentification } from "./customer-identification.js";
import { pboc2013FinancialInstitutions } from "./financial-institutions.js";
import { paymentAcceptance } from "./payment-acceptance.js";

/** Every rule of the PBOC 2013 pack, sorted by id. */
export const pboc2013Rules: readonly Rule[] = Object.freeze([
  customerIdentification,
  pboc2013FinancialInstitutions,
  paymentAcceptance,
]);
