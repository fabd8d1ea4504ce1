import { z } from "zod";
import { provinceAbbreviations } from "../../seeds/cac-filing-batches.js";
import { subjectDate } from "./date.js";

/**
 * The subject: a plain description of a service, a project, or both, written by hand by a
 * compliance officer or filled in by an onboarding form. Every fact is optional: absent means
 * unknown, never false. This schema is the single source of the subject's TypeScript type, its
 * JSON Schema and its validation messages.
 *
 * Each field carries `description` (what the fact is) and `x-question` (what to ask a person who
 * has not said it yet, in English and Chinese); both appear in the JSON Schema.
 * @module
 */

const MAX_TEXT = 2_000;
const MAX_LIST = 10_000;

type Question = { en: string; zh: string };

function fact<T extends z.ZodType>(schema: T, description: string, question: Question) {
  return schema.optional().meta({ description, "x-question": question });
}

function section<T extends z.ZodRawShape>(shape: T, description: string) {
  return z.strictObject(shape).optional().meta({ description });
}

const text = (max = MAX_TEXT) => z.string().max(max);
const yesNo = z.boolean();
const date = subjectDate;
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST);

/** Ids of the 31 provincial-level divisions of the mainland, such as `beijing` or `inner-mongolia`. */
export const provinceIds = provinceAbbreviations.map((p) => p.id) as [string, ...string[]];

const operator = section(
  {
    name: fact(text(500), "The legal name of the entity that provides the service.", {
      en: "What is the legal name of the operator?",
      zh: "运营主体的名称是什么？",
    }),
    registeredIn: fact(
      z.enum(["mainland", "hong-kong", "macao", "taiwan", "abroad"]),
      "Where the operator is registered: mainland China, Hong Kong, Macao, Taiwan, or abroad.",
      { en: "Where is the operator registered?", zh: "运营主体在哪里注册？" },
    ),
    province: fact(
      z.enum(provinceIds),
      "The mainland province, autonomous region or municipality where the operator is registered (its filing number starts with that province's abbreviation).",
      { en: "In which province is the operator registered?", zh: "运营主体注册在哪个省、自治区、直辖市？" },
    ),
    institutionType: fact(
      z.enum(["none", "bank", "securities", "insurance", "other-financial", "non-bank-payment"]),
      "Whether the operator is a financial institution (bank, securities, insurance, other) or a non-bank payment institution; `none` if it is neither.",
      {
        en: "Is the operator a financial institution or a non-bank payment institution, and which kind?",
        zh: "运营主体是否为金融机构或非银行支付机构？属于哪一类？",
      },
    ),
  },
  "Who operates the service or project, and where.",
);

const channel = z.strictObject({
  type: z
    .enum(["website", "app", "mini-program", "api", "other"])
    .meta({ description: "The kind of channel: website, app, mini-program, API or other." }),
  address: fact(text(500), "The channel's address: a URL, an app-store name or id, a mini-program name.", {
    en: "What is the address of this channel?",
    zh: "该渠道的网址或名称是什么？",
  }),
  filingNumberDisplayed: fact(
    yesNo,
    "Whether the blockchain filing number is shown in a prominent position on this channel.",
    {
      en: "Is the filing number shown in a prominent position on this website or application?",
      zh: "该网站或应用程序的显著位置是否标明了备案编号？",
    },
  ),
  displayedFilingNumber: fact(text(100), "The filing number exactly as shown on this channel.", {
    en: "What filing number does this channel show, exactly as written?",
    zh: "该渠道标明的备案编号原文是什么？",
  }),
});

const service = section(
  {
    usesBlockchain: fact(yesNo, "Whether the service is based on blockchain technology or systems.", {
      en: "Is the service based on blockchain technology or a blockchain system?",
      zh: "该服务是否基于区块链技术或者系统？",
    }),
    offeredToPublic: fact(
      yesNo,
      "Whether information services are offered to the public (not only inside one organisation or a closed consortium).",
      { en: "Is the service offered to the public?", zh: "该服务是否向社会公众提供？" },
    ),
    providedFromMainland: fact(
      yesNo,
      "Whether the service is provided within the territory of the People's Republic of China (mainland).",
      { en: "Is the service provided from within mainland China?", zh: "该服务是否在中华人民共和国境内提供？" },
    ),
    servesMainlandUsers: fact(yesNo, "Whether people or organisations in mainland China use the service.", {
      en: "Do people or organisations in mainland China use the service?",
      zh: "是否有中国境内的组织或个人使用该服务？",
    }),
    roles: fact(
      list(z.enum(["service-entity", "node", "technical-support"])),
      "The operator's roles: an entity providing the service, a node providing it, or an organisation giving technical support to such entities (e.g. a BaaS platform).",
      {
        en: "Does the operator provide the service itself, run a node, or give technical support (such as BaaS) to those who do?",
        zh: "运营主体是直接提供服务的主体、节点，还是为其提供技术支持的机构（如BaaS平台）？",
      },
    ),
    startDate: fact(date, "The date the service was first provided to users.", {
      en: "On what date did the service start?",
      zh: "该服务从哪一天开始提供？",
    }),
    channels: fact(
      list(channel),
      "The websites, apps, mini-programs and APIs through which the service is offered.",
      {
        en: "Through which websites, apps, mini-programs or APIs is the service offered?",
        zh: "该服务通过哪些网站、应用程序、小程序或接口提供？",
      },
    ),
  },
  "What the service is, to whom and where it is offered, and through which channels.",
);

const filing = section(
  {
    filed: fact(yesNo, "Whether the filing procedures in the CAC blockchain filing system have been completed.", {
      en: "Has the service completed its filing in the CAC blockchain information service filing system?",
      zh: "是否已通过国家互联网信息办公室区块链信息服务备案管理系统履行备案手续？",
    }),
    filedDate: fact(date, "The date the filing information was submitted in the filing system.", {
      en: "On what date was the filing information submitted?",
      zh: "备案信息是哪一天填报的？",
    }),
    number: fact(text(100), "The filing number (备案编号) issued by the CAC.", {
      en: "What is the filing number?",
      zh: "备案编号是什么？",
    }),
    informationAccurate: fact(yesNo, "Whether the information filed is true and accurate.", {
      en: "Is the information submitted in the filing true and accurate?",
      zh: "填报的备案信息是否真实准确？",
    }),
    informationComplete: fact(
      yesNo,
      "Whether the filing entered every item Art. 11 ¶1 names: the provider's name, service category, form of service, field of application and server address.",
      {
        en: "Does the filing include the provider's name, service category, form of service, field of application and server address?",
        zh: "备案是否填报了服务提供者的名称、服务类别、服务形式、应用领域、服务器地址等信息？",
      },
    ),
    verificationRequested: fact(
      yesNo,
      "Whether the CAC has called for the periodic verification (定期查验) of the filing information.",
      {
        en: "Has the CAC called for a periodic verification of the filing information?",
        zh: "网信部门是否已要求对备案信息进行定期查验？",
      },
    ),
    verificationDueDate: fact(date, "The last day the CAC set for providing the verification information.", {
      en: "By what date did the CAC require the verification information?",
      zh: "网信部门规定的查验信息提供截止日期是哪天？",
    }),
    verificationProvidedDate: fact(date, "The date the verification information was provided in the filing system.", {
      en: "On what date was the verification information provided?",
      zh: "查验信息是哪一天提供的？",
    }),
    verificationProvided: fact(yesNo, "Whether the information for the periodic verification has been provided in the filing system.", {
      en: "Has the information for the periodic verification been provided?",
      zh: "是否已在备案管理系统中提供定期查验所需信息？",
    }),
  },
  "The filing with the CAC (Provisions Art. 11–14).",
);

const change = z.strictObject({
  kind: z
    .enum(["service-items", "platform-address", "other"])
    .meta({ description: "What changed: the service items, a platform address, or another filed matter." }),
  description: fact(text(), "What changed, in plain words.", {
    en: "What changed?",
    zh: "变更了什么？",
  }),
  changedDate: fact(date, "The date the change took effect.", {
    en: "On what date did the change take effect?",
    zh: "变更是哪一天生效的？",
  }),
  filedDate: fact(date, "The date the change procedures were completed in the filing system.", {
    en: "On what date were the change procedures completed?",
    zh: "变更手续是哪一天办理的？",
  }),
  filed: fact(yesNo, "Whether the change procedures for this change have been completed in the filing system.", {
    en: "Have the change procedures for this change been completed?",
    zh: "该项变更是否已办理变更手续？",
  }),
});

const termination = section(
  {
    planned: fact(yesNo, "Whether the service has ended or is planned to end.", {
      en: "Has the service ended, or is it planned to end?",
      zh: "该服务是否已经终止或计划终止？",
    }),
    terminationDate: fact(date, "The date the service ended or will end.", {
      en: "On what date does (or did) the service end?",
      zh: "服务终止的日期是哪天？",
    }),
    cancellationFiledDate: fact(date, "The date the cancellation (注销) procedures were completed.", {
      en: "On what date were the cancellation procedures completed?",
      zh: "注销手续是哪一天办理的？",
    }),
    cancellationFiled: fact(yesNo, "Whether the cancellation (注销) procedures have been completed.", {
      en: "Have the cancellation procedures been completed?",
      zh: "是否已办理注销手续？",
    }),
    arrangementsMade: fact(yesNo, "Whether proper arrangements for users were made on termination.", {
      en: "Have proper arrangements been made for users on termination?",
      zh: "终止服务是否作出了妥善安排？",
    }),
  },
  "The end of the service and its cancellation filing (Provisions Art. 11 ¶3).",
);

const identityVerification = section(
  {
    methods: fact(
      list(z.enum(["organisation-code", "id-document", "mobile-number", "other"])),
      "How users' real identities are verified: organisation code, identity document number, mobile phone number, or another way.",
      {
        en: "How are users' real identities verified (organisation code, ID number, mobile number, other)?",
        zh: "如何对用户进行真实身份信息认证（组织机构代码、身份证件号码、移动电话号码或其他）？",
      },
    ),
    unverifiedUsersServed: fact(yesNo, "Whether users who have not verified their real identity can use the service.", {
      en: "Can users who have not verified their real identity use the service?",
      zh: "未进行真实身份信息认证的用户能否使用该服务？",
    }),
  },
  "Real-identity verification of users (Provisions Art. 8).",
);

const newFeature = z.strictObject({
  name: fact(text(500), "The product, application or function's name.", {
    en: "What is it called?",
    zh: "名称是什么？",
  }),
  kind: fact(z.enum(["product", "application", "function"]), "Whether it is a new product, application or function.", {
    en: "Is it a new product, application or function?",
    zh: "是新产品、新应用还是新功能？",
  }),
  launchDate: fact(date, "The date it went live.", {
    en: "On what date did it go live?",
    zh: "上线日期是哪天？",
  }),
  securityAssessmentReportedDate: fact(
    date,
    "The date it was reported to the national and provincial cyberspace administrations for security assessment; absent if unknown.",
    {
      en: "On what date was it reported to the cyberspace administrations for security assessment?",
      zh: "是哪一天报网信部门进行安全评估的？",
    },
  ),
  securityAssessmentReported: fact(yesNo, "Whether it was reported for security assessment at all.", {
    en: "Was it reported to the cyberspace administrations for security assessment?",
    zh: "是否已报网信部门进行安全评估？",
  }),
});

const managementSystems = section(
  {
    userRegistration: fact(yesNo, "Whether a user-registration management system is in place.", {
      en: "Is there a management system for user registration?",
      zh: "是否建立了用户注册管理制度？",
    }),
    informationReview: fact(yesNo, "Whether an information-review (content review) system is in place.", {
      en: "Is there a management system for information review?",
      zh: "是否建立了信息审核管理制度？",
    }),
    emergencyResponse: fact(yesNo, "Whether an emergency-response system is in place.", {
      en: "Is there a management system for emergency response?",
      zh: "是否建立了应急处置管理制度？",
    }),
    securityProtection: fact(yesNo, "Whether a security-protection system is in place.", {
      en: "Is there a management system for security protection?",
      zh: "是否建立了安全防护管理制度？",
    }),
  },
  "Information-content security management systems (Provisions Art. 5).",
);

const technical = section(
  {
    conditionsAppropriate: fact(yesNo, "Whether the technical conditions are appropriate to the service.", {
      en: "Are the technical conditions appropriate to the service?",
      zh: "是否具备与其服务相适应的技术条件？",
    }),
    prohibitedContentDisposal: fact(
      yesNo,
      "Whether the service can immediately and in an emergency deal with the publication, recording, storage and spread of prohibited information.",
      {
        en: "Can the service immediately deal with the publication, recording, storage and spread of prohibited information?",
        zh: "对于法律、行政法规禁止的信息内容，是否具备对其发布、记录、存储、传播的即时和应急处置能力？",
      },
    ),
    meetsNationalStandards: fact(yesNo, "Whether the technical scheme meets the relevant national standards.", {
      en: "Does the technical scheme meet the relevant national standards?",
      zh: "技术方案是否符合国家相关标准规范？",
    }),
  },
  "Technical conditions (Provisions Art. 6).",
);

const platformRules = section(
  {
    managementRulesPublished: fact(yesNo, "Whether management rules are drawn up and published.", {
      en: "Has the service drawn up and published its management rules?",
      zh: "是否制定并公开了管理规则？",
    }),
    platformConventionPublished: fact(yesNo, "Whether a platform convention is drawn up and published.", {
      en: "Has the service drawn up and published a platform convention?",
      zh: "是否制定并公开了平台公约？",
    }),
    serviceAgreementSigned: fact(yesNo, "Whether a service agreement setting out rights and duties is signed with every user.", {
      en: "Does every user sign a service agreement that sets out rights and duties?",
      zh: "是否与用户签订服务协议，明确双方权利义务？",
    }),
    usersUndertakeCompliance: fact(yesNo, "Whether users undertake to comply with the law and the platform convention.", {
      en: "Do users undertake to comply with the law and the platform convention?",
      zh: "是否要求用户承诺遵守法律规定和平台公约？",
    }),
  },
  "Management rules, platform conventions and user agreements (Provisions Art. 7).",
);

const prohibitedUse = section(
  {
    declaresNone: fact(
      yesNo,
      "The operator's declaration that the service is not used for activities or content prohibited by law or administrative regulation.",
      {
        en: "Does the operator declare that the service is not used for prohibited activities or content?",
        zh: "运营主体是否声明未利用该服务从事法律、行政法规禁止的活动或信息内容？",
      },
    ),
    incidentsKnown: fact(yesNo, "Whether any use of the service for prohibited activities or content is known.", {
      en: "Is any use of the service for prohibited activities or content known?",
      zh: "是否已知存在利用该服务从事禁止活动或传播禁止信息的情况？",
    }),
    incidentsBy: fact(
      list(z.enum(["provider", "user"])),
      "Who carried out the known prohibited use: the provider itself, its users, or both.",
      {
        en: "Who was involved in the known prohibited use: the operator itself, its users, or both?",
        zh: "已知的禁止利用行为涉及谁：运营主体本身、用户，还是两者？",
      },
    ),
  },
  "Prohibited activities and content (Provisions Art. 10).",
);

const securityHazards = section(
  {
    identified: fact(yesNo, "Whether an information-security hazard has been identified in the service.", {
      en: "Has an information-security hazard been identified in the service?",
      zh: "服务是否存在已发现的信息安全隐患？",
    }),
    rectified: fact(yesNo, "Whether the identified hazards have been rectified to the law and national standards.", {
      en: "Have the identified hazards been rectified?",
      zh: "已发现的安全隐患是否已整改完毕？",
    }),
    serviceContinuedBeforeRectification: fact(yesNo, "Whether the service kept running before the hazards were rectified.", {
      en: "Did the service keep running before the hazards were rectified?",
      zh: "整改完成前是否继续提供了服务？",
    }),
  },
  "Information-security hazards and their rectification (Provisions Art. 15).",
);

const violatingUsers = section(
  {
    measures: fact(
      list(z.enum(["warning", "restrict-functions", "close-account", "other"])),
      "The measures the service takes against users who break the law or the service agreement.",
      {
        en: "What measures are taken against users who break the law or the service agreement (warning, restricting functions, closing accounts)?",
        zh: "对违法违约用户采取哪些处置措施（警示、限制功能、关闭账号）？",
      },
    ),
    illegalContentHandled: fact(yesNo, "Whether illegal content is promptly dealt with to stop it spreading.", {
      en: "Is illegal content promptly dealt with to stop it spreading?",
      zh: "是否对违法信息内容及时采取处理措施、防止信息扩散？",
    }),
    recordsKept: fact(yesNo, "Whether records of such handling are kept.", {
      en: "Are records of such handling kept?",
      zh: "是否保存有关记录？",
    }),
    reportedToAuthorities: fact(yesNo, "Whether such cases are reported to the competent authorities.", {
      en: "Are such cases reported to the competent authorities?",
      zh: "是否向有关主管部门报告？",
    }),
  },
  "Handling of users who break the law or the service agreement (Provisions Art. 16).",
);

const records = section(
  {
    userContentRecorded: fact(yesNo, "Whether content published by users is recorded.", {
      en: "Is content published by users recorded?",
      zh: "是否记录用户发布的内容？",
    }),
    logsRecorded: fact(yesNo, "Whether logs are recorded.", {
      en: "Are logs recorded?",
      zh: "是否记录日志信息？",
    }),
    retention: fact(
      z.strictObject({
        value: z.number().int().min(0).max(100_000).meta({ description: "The length of the retention period." }),
        unit: z.enum(["days", "months", "years"]).meta({ description: "The unit of the retention period." }),
      }),
      "How long record backups are kept, e.g. { value: 6, unit: 'months' }.",
      { en: "How long are record backups kept?", zh: "记录备份保存多长时间？" },
    ),
    providedOnLawfulRequest: fact(yesNo, "Whether records are provided when law-enforcement departments lawfully ask.", {
      en: "Are records provided when law-enforcement departments lawfully ask for them?",
      zh: "相关执法部门依法查询时是否予以提供？",
    }),
  },
  "Records of user content and logs, and their retention (Provisions, the retention article).",
);

const supervision = section(
  {
    cooperatesWithInspections: fact(yesNo, "Whether the operator cooperates with inspections by the cyberspace administrations and gives technical support.", {
      en: "Does the operator cooperate with inspections by the cyberspace administrations, with the technical support they need?",
      zh: "是否配合网信部门依法实施的监督检查，并提供必要的技术支持和协助？",
    }),
    complaintEntry: fact(yesNo, "Whether a convenient complaint and reporting entry is provided.", {
      en: "Is there a convenient entry for complaints and reports?",
      zh: "是否设置了便捷的投诉举报入口？",
    }),
    complaintEntryLocation: fact(text(500), "Where the complaint entry is (a URL or a menu path).", {
      en: "Where is the complaint and reporting entry?",
      zh: "投诉举报入口在哪里？",
    }),
    complaintsHandledPromptly: fact(yesNo, "Whether public complaints and reports are handled promptly.", {
      en: "Are public complaints and reports handled promptly?",
      zh: "是否及时处理公众投诉举报？",
    }),
  },
  "Supervision, inspection and public complaints.",
);

const issuance = section(
  {
    issued: fact(yesNo, "Whether the project issued or sold tokens to raise funds or virtual currencies.", {
      en: "Did the project issue or sell tokens to raise money or virtual currencies?",
      zh: "该项目是否通过发行或发售代币进行融资？",
    }),
    startDate: fact(date, "The date the token sale began.", {
      en: "On what date did the token sale begin?",
      zh: "代币发售是哪一天开始的？",
    }),
    endDate: fact(date, "The date the token sale ended; absent while it is ongoing or unknown.", {
      en: "On what date did the token sale end (or is it still ongoing)?",
      zh: "代币发售是哪一天结束的（或仍在进行）？",
    }),
    ongoing: fact(yesNo, "Whether the token sale is still ongoing.", {
      en: "Is the token sale still ongoing?",
      zh: "代币发售是否仍在进行？",
    }),
    raised: fact(
      list(z.enum(["bitcoin", "ether", "other-virtual-currency", "fiat"])),
      "What was raised: bitcoin, ether, other so-called virtual currencies, or legal tender.",
      { en: "What did the sale raise: bitcoin, ether, other virtual currencies, or money?", zh: "募集的是比特币、以太币、其他所谓虚拟货币还是法定货币？" },
    ),
    investorsIncludeMainland: fact(yesNo, "Whether investors include people or organisations in mainland China.", {
      en: "Did people or organisations in mainland China invest?",
      zh: "投资者中是否有中国境内的组织或个人？",
    }),
    refundArranged: fact(yesNo, "Whether refund (清退) arrangements have been made for investors.", {
      en: "Have refund arrangements been made for investors?",
      zh: "是否已作出清退等安排？",
    }),
  },
  "Token issuance and sale (ICO).",
);

const trading = section(
  {
    operatesPlatform: fact(yesNo, "Whether the subject operates a platform on which tokens or virtual currencies are traded.", {
      en: "Does the subject operate a platform where tokens or virtual currencies are traded?",
      zh: "是否运营代币或虚拟货币交易平台？",
    }),
    fiatTokenExchange: fact(yesNo, "Whether the platform exchanges legal tender for tokens or virtual currencies (or back).", {
      en: "Does the platform exchange money for tokens or virtual currencies, or back?",
      zh: "是否从事法定货币与代币、虚拟货币相互之间的兑换业务？",
    }),
    tokenTokenExchange: fact(yesNo, "Whether the platform exchanges tokens and virtual currencies for one another.", {
      en: "Does the platform exchange tokens or virtual currencies for one another?",
      zh: "是否从事代币、虚拟货币相互之间的兑换业务？",
    }),
    buysAndSells: fact(yesNo, "Whether the platform itself buys or sells tokens or virtual currencies.", {
      en: "Does the platform itself buy or sell tokens or virtual currencies?",
      zh: "平台是否自行买卖代币或虚拟货币？",
    }),
    centralCounterparty: fact(yesNo, "Whether the platform acts as central counterparty to trades.", {
      en: "Does the platform act as central counterparty to trades?",
      zh: "平台是否作为中央对手方买卖代币或虚拟货币？",
    }),
    pricingServices: fact(yesNo, "Whether the platform provides pricing services for tokens or virtual currencies.", {
      en: "Does the platform provide pricing for tokens or virtual currencies?",
      zh: "是否为代币或虚拟货币提供定价服务？",
    }),
    informationIntermediary: fact(yesNo, "Whether the platform provides information-intermediary services for them.", {
      en: "Does the platform provide information-intermediary services for tokens or virtual currencies?",
      zh: "是否为代币或虚拟货币提供信息中介服务？",
    }),
    matchesTrades: fact(yesNo, "Whether the platform matches buy and sell orders between its users.", {
      en: "Does the platform match buy and sell orders between users?",
      zh: "平台是否撮合用户之间的交易？",
    }),
    derivatives: fact(yesNo, "Whether the platform offers trading in virtual-currency derivatives.", {
      en: "Does the platform offer trading in virtual-currency derivatives?",
      zh: "平台是否提供虚拟货币衍生品交易？",
    }),
    startDate: fact(date, "The date the trading activity began.", {
      en: "On what date did the trading activity begin?",
      zh: "交易业务是哪一天开始的？",
    }),
    endDate: fact(date, "The date the trading activity stopped; absent while it continues.", {
      en: "On what date did the trading activity stop (or does it continue)?",
      zh: "交易业务是哪一天停止的（或仍在进行）？",
    }),
  },
  "Trading of tokens and virtual currencies.",
);

const financialServices = section(
  {
    servesTokenBusinesses: fact(
      yesNo,
      "Whether the operator, as a financial or non-bank payment institution, provides services for token financing or virtual currencies.",
      {
        en: "Does the institution provide any service for token financing or virtual-currency business?",
        zh: "是否为代币发行融资或虚拟货币提供产品或服务？",
      },
    ),
    services: fact(
      list(z.enum(["account-opening", "registration", "trading", "clearing", "settlement", "insurance", "other"])),
      "Which services: account opening, registration, trading, clearing, settlement, insurance, other.",
      {
        en: "Which services: account opening, registration, trading, clearing, settlement, insurance?",
        zh: "提供哪些服务：账户开立、登记、交易、清算、结算、保险？",
      },
    ),
    startDate: fact(date, "The date those services began.", {
      en: "On what date did those services begin?",
      zh: "相关服务是哪一天开始的？",
    }),
    endDate: fact(date, "The date those services stopped; absent while they continue.", {
      en: "On what date did those services stop (or do they continue)?",
      zh: "相关服务是哪一天停止的（或仍在继续）？",
    }),
  },
  "Services of financial and payment institutions to token businesses.",
);

const token = section(
  {
    issuance,
    trading,
    financialServices,
    virtualCurrencies: fact(
      list(z.enum(["bitcoin", "ether", "other-virtual-currency", "own-token"])),
      "Which virtual currencies or tokens the subject issues, trades, accepts or serves: bitcoin, ether, other so-called virtual currencies, or its own token.",
      {
        en: "Which virtual currencies or tokens are involved (bitcoin, ether, others, the project's own token)?",
        zh: "涉及哪些虚拟货币或代币（比特币、以太币、其他虚拟货币、项目自身代币）？",
      },
    ),
    treatedAsMoney: fact(
      yesNo,
      "Whether tokens or virtual currencies are accepted, promoted or used as money (as a means of payment circulating in the market).",
      {
        en: "Are tokens or virtual currencies accepted, promoted or used as money?",
        zh: "是否将代币或虚拟货币作为货币在市场上流通使用？",
      },
    ),
  },
  "The token side: issuance, trading, services to token businesses, use as money.",
);

/**
 * The zod schema of a subject. Use {@link parseSubject} or `checkCompliance` rather than parsing it yourself.
 *
 * Its fields are documented in the schema's own metadata (`description`, `x-question`), which
 * docs/subject.md and {@link subjectJsonSchema} are generated from; the API reference does not
 * repeat them per field.
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const withSubject = z.object({ requestId: z.string(), subject: subjectSchema });
 * subjectSchema.shape.service.unwrap().shape.startDate.description; // "The date the service was first provided to users."
 * ```
 */
export const subjectSchema = z
  .strictObject({
    name: fact(text(200), "A short name for the service or project, used in reports and waivers.", {
      en: "What is the service or project called?",
      zh: "该服务或项目的名称是什么？",
    }),
    description: fact(text(5_000), "A free-text description; the rules do not read it.", {
      en: "How would you describe the service or project?",
      zh: "请简要描述该服务或项目。",
    }),
    operator,
    service,
    filing,
    changes: fact(list(change), "Changes of service items, platform addresses and other filed matters.", {
      en: "Have the service items, platform addresses or other filed matters changed? List each change.",
      zh: "服务项目、平台网址等备案事项是否有变更？请逐项列出。",
    }),
    termination,
    identityVerification,
    newFeatures: fact(list(newFeature), "New products, applications and functions launched.", {
      en: "Which new products, applications or functions have been launched?",
      zh: "开发上线了哪些新产品、新应用、新功能？",
    }),
    managementSystems,
    technical,
    platformRules,
    prohibitedUse,
    securityHazards,
    violatingUsers,
    records,
    supervision,
    token,
  })
  .meta({
    title: "cn-blockchain-compliance subject",
    description:
      "A description of a blockchain information service, a token project, or both. Every fact is optional: absent means unknown.",
  });

/**
 * A subject after validation: dates are `YYYY-MM-DD` Beijing calendar dates. This is what a rule's
 * `evaluate` reads.
 *
 * The type is inferred from {@link subjectSchema}; every field is optional, and each one's meaning
 * and the question to ask for it are in docs/subject.md (generated from the schema) and in
 * {@link subjectJsonSchema}.
 *
 * @example
 * ```ts
 * const subject: Subject = parseSubject(JSON.parse(text));
 * subject.service?.startDate; // "2019-10-01" even if the input said "2019-10-01T09:00:00+08:00"
 * ```
 */
export type Subject = z.output<typeof subjectSchema>;

/**
 * A subject as a caller writes it: dates may also be instants with an offset. Type your input with
 * it to have the editor check field names and values.
 *
 * The type is inferred from {@link subjectSchema}; the fields are documented in docs/subject.md
 * (generated from the schema) and in {@link subjectJsonSchema}.
 *
 * @example
 * ```ts
 * const subject: SubjectInput = {
 *   name: "Acme Chain",
 *   service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true, startDate: "2019-09-26T10:00:00+08:00" },
 *   filing: { filed: true, filedDate: "2019-10-15" },
 * };
 * checkCompliance(subject, { asOf: "2019-11-01" });
 * ```
 */
export type SubjectInput = z.input<typeof subjectSchema>;
