/**
 * The opt-in 2021 rule pack: the ten authorities' Notice on Further Preventing and Disposing of the
 * Risks of Speculation in Virtual Currency Trading (银发〔2021〕237号). Not in `recommended`; selected
 * by the `pboc-2021` preset.
 * @module
 */
import type { Rule } from "../../src/engine/types.js";
import { pboc2021FinancialInstitutions } from "./financial-institutions.js";
import { overseasExchangeServices } from "./overseas-exchange-services.js";
import { virtualCurrencyBusiness } from "./virtual-currency-business.js";

/** Every rule of the PBOC 2021 pack, sorted by id. */
export const pboc2021Rules: readonly Rule[] = Object.freeze([
  pboc2021FinancialInstitutions,
  overseasExchangeServices,
  virtualCurrencyBusiness,
]);
