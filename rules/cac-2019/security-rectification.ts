/**
 * 第十五条 区块链信息服务提供者提供的区块链信息服务存在信息安全隐患的，应当进行整改，符合法律、行政法规等相关规定和国家相关标准规范后方可继续提供信息服务。
 *
 * Art. 15: where a provider's blockchain information service carries hidden information-security risks,
 * the provider must rectify them, and may continue to provide the service only once it complies with
 * laws, administrative regulations and other relevant provisions and with the relevant national standards.
 *
 * Penalty: the corpus maps Art. 19 to Art. 15 (UNVERIFIED mapping; the engine attaches it).
 *
 * Reading: a service that kept running with an identified hazard before rectification breaches the
 * article; one that was suspended while the hazard is being rectified meets it (the article sets no
 * time limit for the rectification itself).
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const IDENTIFIED: Path = ["securityHazards", "identified"];
const RECTIFIED: Path = ["securityHazards", "rectified"];
const CONTINUED: Path = ["securityHazards", "serviceContinuedBeforeRectification"];

export const securityRectification = defineRule({
  id: "cac-2019/security-rectification",
  title: { en: "Security hazards rectified before the service continues", zh: "存在信息安全隐患的，整改后方可继续提供服务" },
  description: {
    en: "Where the service has an information-security hazard, the provider rectifies it and continues the service only once it complies with the law and the national standards.",
    zh: "区块链信息服务存在信息安全隐患的，应当进行整改，符合相关规定和国家相关标准规范后方可继续提供信息服务。",
  },
  cites: [{ instrument: "cac-2019", article: 15, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    noHazard: {
      en: "No information-security hazard has been identified in the service.",
      zh: "未发现服务存在信息安全隐患。",
    },
    rectified: {
      en: "The identified information-security hazard has been rectified, and the service did not run before the rectification.",
      zh: "已发现的信息安全隐患已整改完毕，且整改完成前未继续提供服务。",
    },
    rectifyingSuspended: {
      en: "An information-security hazard has been identified and is not yet rectified; the service is not running meanwhile. It may resume only once the rectification meets the law and the national standards.",
      zh: "已发现信息安全隐患，尚未整改完毕；在此期间未提供服务。整改符合相关规定和国家标准规范后方可继续提供服务。",
    },
    continuedBeforeRectified: {
      en: "The service kept running before the identified information-security hazard was rectified; it may continue only after rectification.",
      zh: "在已发现的信息安全隐患整改完毕前继续提供了服务；应当整改后方可继续提供服务。",
    },
    runningUnrectified: {
      en: "The service kept running with an identified information-security hazard that has not been rectified; it may continue only after rectification.",
      zh: "服务存在已发现但尚未整改的信息安全隐患，却继续提供了服务；应当整改后方可继续提供服务。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      securityHazards: { identified: true, rectified: true, serviceContinuedBeforeRectification: false },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      securityHazards: { identified: true, rectified: false, serviceContinuedBeforeRectification: true },
    },
  },
  evaluate(subject, ctx) {
    const hazards = subject.securityHazards;
    const identified = hazards?.identified;
    if (identified === undefined) return ctx.needsInfo([IDENTIFIED]);
    if (!identified) return ctx.pass("noHazard", { evidence: [IDENTIFIED] });

    const rectified = hazards?.rectified;
    const continued = hazards?.serviceContinuedBeforeRectification;
    if (continued === true) {
      const evidence = rectified === undefined ? [IDENTIFIED, CONTINUED] : [IDENTIFIED, RECTIFIED, CONTINUED];
      return ctx.violation(rectified === false ? "runningUnrectified" : "continuedBeforeRectified", { evidence });
    }
    const missing: Path[] = [];
    if (rectified === undefined) missing.push(RECTIFIED);
    if (continued === undefined) missing.push(CONTINUED);
    if (missing.length > 0) return ctx.needsInfo(missing, undefined, { evidence: [IDENTIFIED] });
    const evidence = [IDENTIFIED, RECTIFIED, CONTINUED];
    return rectified ? ctx.pass("rectified", { evidence }) : ctx.pass("rectifyingSuspended", { evidence });
  },
});
