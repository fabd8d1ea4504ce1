/**
 * The CAC 2019 rule pack: the Provisions on the Administration of Blockchain Information Services
 * (国家互联网信息办公室令第3号, in force 2019-02-15), one rule per obligation.
 * @module
 */
import type { Rule } from "../../src/engine/types.js";
import { filingDeadline } from "./filing-deadline.js";

/** Every rule of the CAC 2019 pack, sorted by id. */
export const cac2019Rules: readonly Rule[] = Object.freeze([filingDeadline]);
