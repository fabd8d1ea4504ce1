/**
 * The CAC 2019 rule pack: the Provisions on the Administration of Blockchain Information Services
 * (国家互联网信息办公室令第3号, in force 2019-02-15), one rule per obligation.
 * @module
 */
import type { Rule } from "../../src/engine/types.js";
import { changeFiling } from "./change-filing.js";
import { cancellationFiling } from "./cancellation-filing.js";
import { filingNumberDisplay } from "./filing-number-display.js";
import { periodicVerification } from "./periodic-verification.js";
import { securityRectification } from "./security-rectification.js";
import { violatingUsers } from "./violating-users.js";
import { recordRetention } from "./record-retention.js";
import { inspectionCooperation } from "./inspection-cooperation.js";
import { complaintEntry } from "./complaint-entry.js";
import { filingDeadline } from "./filing-deadline.js";
import { filingInformation } from "./filing-information.js";
import { managementSystems } from "./management-systems.js";
import { platformRules } from "./platform-rules.js";
import { prohibitedUse } from "./prohibited-use.js";
import { realIdentity } from "./real-identity.js";
import { securityAssessment } from "./security-assessment.js";
import { technicalConditions } from "./technical-conditions.js";

/** Every rule of the CAC 2019 pack. */
export const cac2019Rules: readonly Rule[] = Object.freeze([
  managementSystems,
  technicalConditions,
  platformRules,
  realIdentity,
  securityAssessment,
  prohibitedUse,
  filingDeadline,
  filingInformation,
  changeFiling,
  cancellationFiling,
  filingNumberDisplay,
  periodicVerification,
  securityRectification,
  violatingUsers,
  recordRetention,
  inspectionCooperation,
  complaintEntry,
] as Rule[]);
