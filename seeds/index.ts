/**
 * The legal corpus: every instrument as typed data, in one list.
 * @module
 */
import type { InstrumentSource } from "../src/corpus/types.js";
import { cac2019 } from "./cac-2019.js";
import { ico2017 } from "./ico-2017.js";
import { ico2017Rectification } from "./ico-2017-rectification.js";
import { nifa2017 } from "./nifa-2017.js";
import { pboc2013 } from "./pboc-2013.js";
import { pboc2021 } from "./pboc-2021.js";

export { cac2019, ico2017, ico2017Rectification, nifa2017, pboc2013, pboc2021 };
export {
  cacFilingBatches,
  filingNumberPattern,
  observedFilingNumbers,
  provinceAbbreviations,
} from "./cac-filing-batches.js";
export type { CacFilingBatch, ProvinceAbbreviation } from "./cac-filing-batches.js";

/** Every instrument of the corpus, binding ones first, then context (NIFA). */
export const corpus: readonly InstrumentSource[] = [
  cac2019,
  ico2017,
  ico2017Rectification,
  pboc2013,
  pboc2021,
  nifa2017,
];
