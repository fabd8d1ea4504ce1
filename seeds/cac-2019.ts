/**
 * 区块链信息服务管理规定 (CAC Order No. 3, 2019), as far as the legal research has the text.
 *
 * Source of truth: the research file `cac-2019-provisions.md` (shared legal folder). Markers
 * map to {@link TextStatus}: "Text: verified (2 copies)" → `verified`, "Text: one copy" →
 * `one-copy`, "Text: not available — substance only" → `substance-only` (no `zh`),
 * "UNVERIFIED" → `unverified` (no `zh`). The English is the project's own.
 * @module
 */
import type { InstrumentSource } from "../src/corpus/types.js";

/** Source ids used in the notes below, with their addresses (as recorded by the research). */
const SOURCES = [
  "S1 https://yuanxue365.com/data_1090866 (Arts 1–5, simplified script)",
  "S2 http://xzaservices.com/gongnenzhuanlan456/1896.html (decree + Arts 1–2, traditional script)",
  "S3 http://simu001.cn/forum.php?goto=lastpost&mod=redirect&tid=53456 (decree + Arts 1–2)",
  "S3b http://simu001.cn/forum.php?goto=lastpost&mod=redirect&tid=276007 (Art 9, Art 11 ¶1)",
  "S4 https://www.0515zz.com/html/jiaocheng/20190119/71713_3.html (澎湃新闻 repost, Arts 12–16, 16 cut off)",
  "S5 http://uianet.net/c/20240206/197134.html (Art 11, Art 22)",
  "S6 https://m.shoulawyer.com/zhishi/161683.htm (Art 11, Art 12)",
  "S7 http://llxxkj.cn/content/1025.html (Art 10, Art 16)",
  "S8 https://nft-1.com/?id=1624 (Art 9)",
  "S9 https://metc.xzcit.cn/2021/1102/c2198a45602/page.htm (repost of the CAC Q&A)",
  "S10 http://www.bjlsjy.net/blockchain-8542-3 (compliance checklist quoting phrases)",
  "S11 https://timetocoin.com/?p=9315 (fine 5,000–30,000, secondary)",
  "S12 http://cn.ucptt.com/article/Gossiping/1547263284/9D1 (iThome repost: fine 20,000–30,000, secondary)",
  "S13 http://weixinditu.com/gpzs/36695.html (English: Article 21 … Article 10, cut off)",
  "S14 http://www.6065bob.com/changshi/1006915.html (Arts 11, 22 reworded, traditional script; not verbatim)",
  "S15 https://chinalawandpractice.com/2019/03/04/provisions-for-the-administration-of-blockchain-information-services (bilingual)",
  "S16 http://en.pkulaw.cn/display.aspx?cgid=20f4bb17c450f3cabdfb&lib=law (bilingual)",
  "S17 https://digichina.stanford.edu/news/translation-blockchain-information-service-management-regulations-2019 (English translation)",
  "S18 https://www.loc.gov/law/foreign-news/article/china-rules-on-blockchain-based-information-services-issued-requiring-authentication-of-users-real-identities/ (Library of Congress summary)",
  "S19 http://lyxyzq.com.cn/lyzx/7777.html (machine-translated ordered walk-through of Arts 5–11)",
  "S20 http://lianmenhu.com/blockchain-8545-4 (CAC official Q&A, 2019-01-10: six duties in order)",
  "S21 http://data.winndoo.cn/zixun/detail/34626.html (证券日报: filing number in a prominent position)",
  "S22 https://bj-acc.com/?id=642 (filing system online 2019-01-28)",
  "S23 a public source-code repository (UI text quoting 第八条)",
  "S24 https://pr97.com/weiji/2021430051.html (decree + start of Art 1)",
  "S25 https://blockchainstocks.com/china-checks-blockchain-service-providers-with-strict-regulations/ (\"a total of 24 articles\")",
  "Draft (征求意见稿, Oct 2018) http://chinaice.cn/a/ssyx/0707193362.html",
].join("; ");

export const cac2019: InstrumentSource = {
  id: "cac-2019",
  title: {
    en: "Provisions on the Administration of Blockchain Information Services",
    zh: "区块链信息服务管理规定",
  },
  shortTitle: { en: "CAC Blockchain Provisions (2019)", zh: "区块链信息服务管理规定" },
  kind: { en: "Departmental rule (CAC order)", zh: "部门规章" },
  issuers: [{ en: "Cyberspace Administration of China (CAC)", zh: "国家互联网信息办公室" }],
  documentNumber: "国家互联网信息办公室令第3号",
  issued: "2019-01-10",
  effective: "2019-02-15",
  binding: true,
  officialSource: "http://www.cac.gov.cn/2019-01/10/c_1123971164.htm",
  numbering: "articles",
  note:
    "Article count: 24, resting on secondary counts only (澎湃新闻 via S4 \"全文共24条\"; S3 \"公布24条\"; dttc-icp.com \"只有二十四条\", address not recorded; S25 \"a total of 24 articles\"), not on a seen 第二十四条 heading. " +
    "The Oct-2018 draft had 23 articles; timetocoin.com's \"23篇文章\" for the final text looks wrong. " +
    "Decree (Text: verified, S3 + S24; S2 the same in traditional script; S16 the same): \"国家互联网信息办公室令 第3号 《区块链信息服务管理规定》已经国家互联网信息办公室室务会议审议通过，现予公布，自2019年2月15日起施行。 主任 庄荣文 2019年1月10日\". " +
    "Signed by 主任 庄荣文; published 2019-01-10 together with the CAC official Q&A (S20). " +
    "The official address (cac.gov.cn, cited by DigiChina as the original) has not been checked: none of the text here has been compared with it, and an official copy supersedes this data. " +
    "The copies use ASCII punctuation; full-width punctuation was restored editorially in every zh text. " +
    "Not known: the full text of Arts 6, 7, 17, 18, 19, 20, 21, 23, 24 and the opening clause of Art 8; which breach, if any, is penalised for Art 11 ¶3. " +
    "English renderings are the project's own (S15, S16, S17, S18 are for cross-checking only). China Law Translate: no address found (UNVERIFIED). " +
    `Sources: ${SOURCES}.`,
  articles: [
    {
      number: 1,
      heading: { en: "Purpose and basis" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "为了规范区块链信息服务活动，维护国家安全和社会公共利益，保护公民、法人和其他组织的合法权益，促进区块链技术及相关服务的健康发展，根据《中华人民共和国网络安全法》《互联网信息服务管理办法》和《国务院关于授权国家互联网信息办公室负责互联网信息内容管理工作的通知》，制定本规定。",
          en: "These Provisions are made on the basis of the Cybersecurity Law of the People's Republic of China, the Measures for the Administration of Internet Information Services and the State Council Notice authorising the Cyberspace Administration of China to take charge of the administration of internet information content, in order to regulate blockchain information service activities, safeguard national security and the public interest, protect the lawful rights and interests of citizens, legal persons and other organisations, and promote the healthy development of blockchain technology and related services.",
          textStatus: "verified",
          note: "Three copies agree: S3, S15; S2 in traditional script (S16 also agrees). Variant: S1 puts \"、\" between 《中华人民共和国网络安全法》 and 《互联网信息服务管理办法》; S3, S15 and S16 do not — the text here follows them.",
        },
      ],
    },
    {
      number: 2,
      heading: { en: "Scope; definitions" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "在中华人民共和国境内从事区块链信息服务，应当遵守本规定。法律、行政法规另有规定的，遵照其规定。",
          en: "Whoever engages in blockchain information services within the territory of the People's Republic of China shall comply with these Provisions. Where laws or administrative regulations provide otherwise, their provisions are followed.",
          textStatus: "verified",
          note: "S1, S15, S2 (traditional script) agree.",
        },
        {
          number: 2,
          zh: "本规定所称区块链信息服务，是指基于区块链技术或者系统，通过互联网站、应用程序等形式，向社会公众提供信息服务。",
          en: "In these Provisions, \"blockchain information services\" means information services provided to the public on the basis of blockchain technology or systems, in forms such as websites and applications.",
          textStatus: "verified",
          note: "S1 and S2 (traditional script) agree.",
        },
        {
          number: 3,
          zh: "本规定所称区块链信息服务提供者，是指向社会公众提供区块链信息服务的主体或者节点，以及为区块链信息服务的主体提供技术支持的机构或者组织；本规定所称区块链信息服务使用者，是指使用区块链信息服务的组织或者个人。",
          en: "In these Provisions, a \"blockchain information service provider\" means an entity or node that provides blockchain information services to the public, and an institution or organisation that provides technical support to entities providing blockchain information services; a \"blockchain information service user\" means an organisation or individual that uses blockchain information services.",
          textStatus: "one-copy",
          note: "One copy (S1). The Oct-2018 draft said \"机构或者个人\" for users; the final \"组织或者个人\" is supported by S1, the CAC Q&A (S20) and S18.",
        },
      ],
    },
    {
      number: 3,
      heading: { en: "Supervising authorities" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "国家互联网信息办公室依据职责负责全国区块链信息服务的监督管理执法工作。省、自治区、直辖市互联网信息办公室依据职责负责本行政区域内区块链信息服务的监督管理执法工作。",
          en: "The Cyberspace Administration of China is responsible, within its remit, for the supervision, administration and law enforcement of blockchain information services nationwide. The cyberspace offices of the provinces, autonomous regions and municipalities directly under the central government are responsible, within their remit, for the supervision, administration and law enforcement of blockchain information services in their own administrative areas.",
          textStatus: "one-copy",
          note: "One copy (S1).",
        },
      ],
    },
    {
      number: 4,
      heading: { en: "Industry self-regulation" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "鼓励区块链行业组织加强行业自律，建立健全行业自律制度和行业准则，指导区块链信息服务提供者建立健全服务规范，推动行业信用评价体系建设，督促区块链信息服务提供者依法提供服务、接受社会监督，提高区块链信息服务从业人员的职业素养，促进行业健康有序发展。",
          en: "Blockchain industry organisations are encouraged to strengthen industry self-discipline; to establish and improve self-discipline systems and industry codes; to guide blockchain information service providers in establishing and improving service standards; to advance the building of an industry credit-rating system; to urge providers to provide services according to law and to accept public supervision; to raise the professional competence of people working in blockchain information services; and to promote the healthy and orderly development of the industry.",
          textStatus: "one-copy",
          note: "One copy (S1).",
        },
      ],
    },
    {
      number: 5,
      heading: { en: "Content-security management systems" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "区块链信息服务提供者应当落实信息内容安全管理责任，建立健全用户注册、信息审核、应急处置、安全防护等管理制度。",
          en: "Blockchain information service providers shall carry out their responsibility for the security management of information content, and establish and improve management systems for user registration, information review, emergency handling, security protection and the like.",
          textStatus: "one-copy",
          note: "One copy (S1, which ends at the heading 第六条).",
        },
      ],
    },
    {
      number: 6,
      heading: { en: "Technical conditions" },
      numberVerified: true,
      note: "Number and position from the order in S19 (machine-translated walk-through of Arts 5–11) and S20 (duty no. 2 of six); no copy with the heading 第六条 has been seen.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Requires the provider to have technical conditions suited to its services; to be able, for information content prohibited by laws and administrative regulations, to deal immediately and in an emergency with its publication, recording, storage and dissemination; and to have a technical scheme that meets the relevant national standards and specifications.",
          textStatus: "substance-only",
          note: "No copy of the wording. Substance from S19, S20 and S10. Phrases quoted by S10, a compliance checklist (not a copy of the article, so not used as text): \"具备与其服务相适应的技术条件\" … \"对于法律、行政法规禁止的信息内容,具备对其发布、记录、存储、传播的即时和应急处置能力\" … \"技术方案应当符合国家相关标准规范\".",
        },
      ],
    },
    {
      number: 7,
      heading: { en: "Management rules, platform conventions and service agreements" },
      numberVerified: true,
      note: "Number and position from the order in S19 and S20 (duty no. 3 of six); no copy with the heading 第七条 has been seen.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Requires the provider to draw up and make public management rules and platform conventions, to sign service agreements with users that set out the rights and obligations of each side, and to have users undertake to comply with the law and with the platform conventions.",
          textStatus: "substance-only",
          note: "No copy of the wording. Substance from S19, S10 and S20; the phrase \"制定并公开管理规则和平台公约\" is as quoted by secondary sources, not the article's text.",
        },
      ],
    },
    {
      number: 8,
      heading: { en: "Real-identity verification of users" },
      numberVerified: true,
      note: "Article number confirmed by S23 (labels the quotation \"第八条\"), consistent with the order in S19 and S20 (duty no. 4) and with Art 9 being the security assessment. Whether the article has a second paragraph is UNVERIFIED (the quotation shows one paragraph of two sentences).",
      paragraphs: [
        {
          number: 1,
          zh: "……对区块链信息服务使用者进行基于组织机构代码、身份证件号码或者移动电话号码等方式的真实身份信息认证。用户不进行真实身份信息认证的，区块链信息服务提供者不得为其提供相关服务。",
          en: "… [opening words not verified] verify the real identity information of blockchain information service users on the basis of organisation codes, identity document numbers, mobile telephone numbers or similar means. Where a user does not complete real-identity verification, the blockchain information service provider may not provide the related services to that user.",
          textStatus: "one-copy",
          note: "Text from \"对区块链信息服务使用者进行…\" to \"…不得为其提供相关服务。\": one copy (S23, UI text of an app's real-name form, not a legal database; its lead-in, which calls 2019-02-15 the publication date, is the app's own wording and is not included). The phrase \"基于组织机构代码、身份证件号码或者移动电话号码等方式的真实身份信息认证\" also appears in S10 (traditional script), so that phrase alone has two copies. The opening clause of the article is UNVERIFIED and is deliberately left out (\"……\"): the recollected opening (the provider shall, in accordance with the Cybersecurity Law, …) has not been seen in any copy; S19 (machine translation) and S18 support in substance that the duty is tied to the Cybersecurity Law.",
        },
      ],
    },
    {
      number: 9,
      heading: { en: "Security assessment of new products, applications and functions" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "区块链信息服务提供者开发上线新产品、新应用、新功能的，应当按照有关规定报国家和省、自治区、直辖市互联网信息办公室进行安全评估。",
          en: "A blockchain information service provider that develops and launches a new product, new application or new function shall, in accordance with the relevant provisions, submit it to the national cyberspace office and the cyberspace office of the province, autonomous region or municipality directly under the central government for a security assessment.",
          textStatus: "verified",
          note: "Two copies with the article number: S8, S3b.",
        },
      ],
    },
    {
      number: 10,
      heading: { en: "Prohibited activities and content" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "区块链信息服务提供者和使用者不得利用区块链信息服务从事危害国家安全、扰乱社会秩序、侵犯他人合法权益等法律、行政法规禁止的活动，不得利用区块链信息服务制作、复制、发布、传播法律、行政法规禁止的信息内容。",
          en: "Blockchain information service providers and users may not use blockchain information services to engage in activities prohibited by laws and administrative regulations, such as endangering national security, disrupting social order or infringing the lawful rights and interests of others, and may not use blockchain information services to produce, copy, publish or disseminate information content prohibited by laws and administrative regulations.",
          textStatus: "one-copy",
          note: "One copy (S7); S19's paraphrase agrees.",
        },
      ],
    },
    {
      number: 11,
      heading: { en: "Filing, changes and cancellation" },
      numberVerified: true,
      note: "Deadlines: filing within 10 working days of starting the service (¶1); change procedures within 5 working days of the change (¶2); cancellation 30 working days before termination (¶3). Which penalty, if any, covers ¶3 is not known (UNVERIFIED; it is not in the recollected Art 19 list).",
      paragraphs: [
        {
          number: 1,
          zh: "区块链信息服务提供者应当在提供服务之日起十个工作日内通过国家互联网信息办公室区块链信息服务备案管理系统填报服务提供者的名称、服务类别、服务形式、应用领域、服务器地址等信息，履行备案手续。",
          en: "A blockchain information service provider shall, within ten working days from the date it begins to provide the service, complete the filing procedures by entering the provider's name, service category, form of service, field of application, server address and other information in the blockchain information service filing management system of the Cyberspace Administration of China.",
          textStatus: "verified",
          note: "S5, S6 and S3b agree; S14 agrees in substance (reworded, not verbatim).",
        },
        {
          number: 2,
          zh: "区块链信息服务提供者变更服务项目、平台网址等事项的，应当在变更之日起五个工作日内办理变更手续。",
          en: "A blockchain information service provider that changes its service items, platform web address or similar particulars shall complete the change procedures within five working days from the date of the change.",
          textStatus: "verified",
          note: "S5 and S6 agree; S14 agrees in substance.",
        },
        {
          number: 3,
          zh: "区块链信息服务提供者终止服务的，应当在终止服务三十个工作日前办理注销手续，并作出妥善安排。",
          en: "A blockchain information service provider that terminates its service shall complete the cancellation procedures thirty working days before terminating the service, and shall make proper arrangements.",
          textStatus: "verified",
          note: "S5 and S6 agree; S14 agrees in substance.",
        },
      ],
    },
    {
      number: 12,
      heading: { en: "Processing of filings by the cyberspace offices" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "国家和省、自治区、直辖市互联网信息办公室收到备案人提交的备案材料后，材料齐全的，应当在二十个工作日内予以备案，发放备案编号，并通过国家互联网信息办公室区块链信息服务备案管理系统向社会公布备案信息；材料不齐全的，不予备案，在二十个工作日内通知备案人并说明理由。",
          en: "After receiving the filing materials submitted by a filer, the national cyberspace office and the cyberspace offices of the provinces, autonomous regions and municipalities directly under the central government shall, where the materials are complete, accept the filing within twenty working days, issue a filing number and publish the filing information through the blockchain information service filing management system of the Cyberspace Administration of China; where the materials are incomplete, they shall not accept the filing, and shall notify the filer within twenty working days and give the reasons.",
          textStatus: "verified",
          note: "S4 and S6 agree.",
        },
      ],
    },
    {
      number: 13,
      heading: { en: "Display of the filing number" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "完成备案的区块链信息服务提供者应当在其对外提供服务的互联网站、应用程序等的显著位置标明其备案编号。",
          en: "A blockchain information service provider that has completed filing shall show its filing number in a prominent position on the websites, applications and the like through which it provides services to the public.",
          textStatus: "one-copy",
          note: "One copy (S4); the substance is also in S21 (\"显著位置\") and S10.",
        },
      ],
    },
    {
      number: 14,
      heading: { en: "Periodic checks of filing information" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "国家和省、自治区、直辖市互联网信息办公室对区块链信息服务备案信息实行定期查验，区块链信息服务提供者应当在规定时间内登录区块链信息服务备案管理系统，提供相关信息。",
          en: "The national cyberspace office and the cyberspace offices of the provinces, autonomous regions and municipalities directly under the central government check blockchain information service filing information periodically; blockchain information service providers shall log in to the blockchain information service filing management system within the specified time and provide the relevant information.",
          textStatus: "one-copy",
          note: "One copy (S4).",
        },
      ],
    },
    {
      number: 15,
      heading: { en: "Information-security hazards; rectification" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "区块链信息服务提供者提供的区块链信息服务存在信息安全隐患的，应当进行整改，符合法律、行政法规等相关规定和国家相关标准规范后方可继续提供信息服务。",
          en: "Where the blockchain information services a provider offers carry hidden information-security risks, the provider shall rectify them, and may continue providing information services only once it complies with laws, administrative regulations and other relevant provisions and with the relevant national standards and specifications.",
          textStatus: "one-copy",
          note: "One copy (S4); the substance is also in S9.",
        },
      ],
    },
    {
      number: 16,
      heading: { en: "Measures against users in breach; handling of illegal content" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "区块链信息服务提供者应当对违反法律、行政法规规定和服务协议的区块链信息服务使用者，依法依约采取警示、限制功能、关闭账号等处置措施，对违法信息内容及时采取相应的处理措施，防止信息扩散，保存有关记录，并向有关主管部门报告。",
          en: "Against blockchain information service users who breach laws, administrative regulations or the service agreement, a blockchain information service provider shall take measures such as warnings, restricting functions and closing accounts, as the law and the agreement allow; shall promptly deal with illegal information content by appropriate measures, prevent its spread and keep the related records; and shall report to the competent authorities.",
          textStatus: "one-copy",
          note: "One complete copy (S7); S4 is identical as far as it runs but is cut off, so it does not make a second complete copy.",
        },
      ],
    },
    {
      number: 17,
      heading: { en: "Retention of records and logs" },
      numberVerified: false,
      note: "Article number UNVERIFIED: no copy with the heading 第十七条 has been seen; \"Art 17\" is a recollection consistent with the order (after Art 16, before the penalty articles).",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Requires the provider to record the content its users publish, logs and similar information, to keep backups of these records for no less than six months, and to provide them when law-enforcement departments make enquiries according to law.",
          textStatus: "substance-only",
          note: "No copy of the wording. Phrases quoted by secondary sources (not the statute's text): S10 \"记录区块链信息服务使用者发布内容和日志等信息,记录备份应当保存不少于六个月\"; S9 (CAC Q&A) \"记录备份应当保存不少于六个月,并在相关执法部门依法查询时予以提供\". English coverage in a tokenpost.com article (address not recorded).",
        },
      ],
    },
    {
      number: 18,
      heading: { en: "Cooperation with supervision; complaint and reporting entry" },
      numberVerified: false,
      note: "Article number UNVERIFIED, and the split of the two duties into two paragraphs (款) is UNVERIFIED (recollection): the substance of both duties is supported by S9 (CAC Q&A items 4–5) and S10.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Requires the provider to cooperate with supervision and inspection carried out by the cyberspace authorities according to law, and to provide the necessary technical support and assistance.",
          textStatus: "substance-only",
          note: "No copy of the wording; paragraph number UNVERIFIED. Phrase quoted by secondary sources (not the statute's text): \"应当配合网信部门依法实施的监督检查,并提供必要的技术支持和协助\" (S9, S10).",
        },
        {
          number: 2,
          zh: null,
          en: "Requires the provider to accept supervision by the public, to set up a convenient entry point for complaints and reports, and to deal promptly with complaints and reports from the public.",
          textStatus: "substance-only",
          note: "No copy of the wording; paragraph number UNVERIFIED. Phrase quoted by secondary sources (not the statute's text): \"接受社会监督,设置便捷的投诉举报入口,及时处理公众投诉举报\" (S9, S10).",
        },
      ],
    },
    {
      number: 19,
      heading: { en: "General penalty" },
      numberVerified: false,
      note: "No copy, translation or numbered source places the general penalty at 第十九条: the number is inferred from the surrounding articles (Art 21 from S13, Art 22 from S5), so it is treated as not confirmed. The list of articles covered is UNVERIFIED (see penalty cac-2019/art-19).",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Penalty for breaches of the providers' duties: a warning and an order to rectify within a time limit, with the related business suspended until rectified; where the provider refuses to rectify or the circumstances are serious, a fine of not less than 5,000 and not more than 30,000 yuan; criminal liability where a crime is constituted. Only the warning, the order to rectify and the fine range are supported by sources; the structure and the list of duties covered are unverified.",
          textStatus: "substance-only",
          note: "No copy of the wording. Fine range 5,000–30,000 from S11 (\"5000至3万元人民币\", secondary, no article number). S7 quotes the phrase \"给予警告,责令限期改正,改正前应当暂停相关业务\" for violations of the content duties, without an article number (a quotation, not this article's text). UNVERIFIED (recollection): the structure \"warning, order to rectify within a time limit, suspension until rectified; if refused or serious, fine 5,000–30,000; criminal liability if a crime\" and the covered list (Arts 5, 6, 7, 9, 11 ¶2, 13, 15, 17, 18).",
        },
      ],
    },
    {
      number: 20,
      heading: { en: "Content unknown (recollected: breaches of Arts 8 and 16 referred to the Cybersecurity Law)" },
      numberVerified: false,
      note: "UNVERIFIED in full: neither the content nor the number is supported by any source.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Content unknown. No copy, translation or summary of this article has been found. An unsupported recollection holds that breaches of Art 8 (real-identity verification) and Art 16 (measures against users in breach) are dealt with under the Cybersecurity Law of the People's Republic of China rather than by a fine under these Provisions.",
          textStatus: "unverified",
          note: "Recollection only; not supported by any source.",
        },
      ],
    },
    {
      number: 21,
      heading: { en: "Penalty for providers breaching Art 10" },
      numberVerified: true,
      note: "Number and subject from S13 (English text numbered \"Article 21\", naming Article 10; cut off). UNVERIFIED (recollection): a second paragraph providing that users who breach Art 10 are dealt with under other laws and administrative regulations — not modelled as a paragraph because no source supports it.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Penalty for a blockchain information service provider that breaches Art 10 (prohibited activities and content): suspension of the related business and an order to rectify within a time limit; where the provider does not rectify or the circumstances are serious, a fine of 20,000 to 30,000 yuan; criminal liability where a crime is constituted.",
          textStatus: "substance-only",
          note: "No copy of the Chinese wording. Subject from S13 (English, numbered). Penalty substance from S12 (iThome, a journalist's paraphrase without article number: \"假设供应商违法制作或传播被禁止的内容,业务将被暂停并限期改正,不改正或情节严重者将被处以2万元~3万元人民币的罚款,若构成犯罪还会被追究刑事责任\") and, for the 20,000–30,000 range, a Chinese translation of a 2019 Hackernoon post (GitHub apachecn/hackernoon-blog-zh-2019, docs/china-expands-oversight-over-blockchain-with-new-anti-anonymity-regulations-5753d474d916.md; translated journalism, no article number).",
        },
      ],
    },
    {
      number: 22,
      heading: { en: "Penalty for failing to file or filing false information" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: "区块链信息服务提供者违反本规定第十一条第一款的规定，未按照本规定履行备案手续或者填报虚假备案信息的，由国家和省、自治区、直辖市互联网信息办公室依据职责责令限期改正；拒不改正或者情节严重的，给予警告，并处一万元以上三万元以下罚款。",
          en: "Where a blockchain information service provider, in breach of Article 11, paragraph 1 of these Provisions, fails to complete the filing procedures as these Provisions require or enters false filing information, the national cyberspace office and the cyberspace offices of the provinces, autonomous regions and municipalities directly under the central government shall, within their remit, order it to rectify within a time limit; where it refuses to rectify or the circumstances are serious, it is given a warning and fined not less than 10,000 yuan and not more than 30,000 yuan.",
          textStatus: "one-copy",
          note: "One copy (S5); S14 agrees in substance only (reworded, traditional script: 1萬–3萬, 第十一條第一款).",
        },
      ],
    },
    {
      number: 23,
      heading: { en: "Content unknown (possibly a transitional provision)" },
      numberVerified: false,
      note: "UNVERIFIED in full: whether Art 23 is the transitional clause or something else is not settled.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Content unknown. An unsupported recollection holds that this is a transitional provision requiring services that existed before the Provisions were promulgated to complete the procedures within 20 working days of the effective date. The October 2018 draft's transitional clause gave 10 working days, but that is confirmed for the draft only.",
          textStatus: "unverified",
          note: "Recollection only (20 working days); the draft's 10 working days is from the draft (chinaice.cn), not from the final text.",
        },
      ],
    },
    {
      number: 24,
      heading: { en: "Entry into force" },
      numberVerified: false,
      note: "No copy with the heading 第二十四条 has been seen; that the last article is Art 24 rests on the secondary article counts (see the instrument note).",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "The Provisions take effect on 15 February 2019.",
          textStatus: "substance-only",
          note: "The wording of the article has not been seen. The date is supported by the decree (verified: \"自2019年2月15日起施行\").",
        },
      ],
    },
  ],
  penalties: [
    {
      id: "cac-2019/art-22",
      article: 22,
      appliesTo: [{ article: 11, paragraph: 1 }],
      measures: {
        en: "Order to rectify within a time limit; if the provider refuses or the circumstances are serious, a warning and a fine of CNY 10,000–30,000.",
        zh: "责令限期改正；拒不改正或者情节严重的，给予警告，并处一万元以上三万元以下罚款。",
      },
      fineCny: { min: 10000, max: 30000 },
      mappingVerified: true,
      textStatus: "one-copy",
      note: "The one-copy text of Art 22 (S5) names 第十一条第一款 itself, so the mapping rests on that copy; S14 agrees in substance. Covers failing to file within 10 working days and entering false filing information.",
    },
    {
      id: "cac-2019/art-21",
      article: 21,
      appliesTo: [{ article: 10 }],
      measures: {
        en: "Suspension of the related business and an order to rectify within a time limit; if not rectified or the circumstances are serious, a fine of CNY 20,000–30,000; criminal liability where a crime is constituted.",
        zh: "暂停相关业务并限期改正；不改正或者情节严重的，罚款2万元至3万元；构成犯罪的，追究刑事责任。",
      },
      fineCny: { min: 20000, max: 30000 },
      mappingVerified: true,
      textStatus: "substance-only",
      note: "The mapping (Art 21 → Art 10, providers) comes from S13, an English text numbered \"Article 21\" that names Article 10 (cut off): one copy, in translation, of the penalty article's opening. The measures and the range are substance only (S12 journalist's paraphrase; translated Hackernoon post), so the measures (en and zh) are our own summary, not statute text. Applies to providers; the treatment of users who breach Art 10 (a recollected second paragraph: other laws and administrative regulations) is UNVERIFIED.",
    },
    {
      id: "cac-2019/art-19",
      article: 19,
      appliesTo: [
        { article: 5 },
        { article: 6 },
        { article: 7 },
        { article: 9 },
        { article: 11, paragraph: 2 },
        { article: 13 },
        { article: 15 },
        { article: 17 },
        { article: 18 },
      ],
      measures: {
        en: "A warning and an order to rectify within a time limit, with the related business suspended until rectified; if the provider refuses or the circumstances are serious, a fine of CNY 5,000–30,000; criminal liability where a crime is constituted.",
        zh: "警告并限期改正，改正前暂停相关业务；拒不改正或者情节严重的，罚款5千元至3万元；构成犯罪的，追究刑事责任。",
      },
      fineCny: { min: 5000, max: 30000 },
      mappingVerified: false,
      textStatus: "substance-only",
      note: "The list of covered articles (5, 6, 7, 9, 11 ¶2, 13, 15, 17, 18) and the structure of the measures are UNVERIFIED (recollection) and must be checked before being relied on. Fine range 5,000–30,000 from S11 (secondary, no article number); the warning/rectify/suspend phrase from S7 (no article number). The article number itself is not confirmed. The measures (en and zh) are our own summary, not statute text.",
    },
    {
      id: "cac-2019/art-20",
      article: 20,
      appliesTo: [{ article: 8 }, { article: 16 }],
      measures: {
        en: "Dealt with under the Cybersecurity Law of the People's Republic of China (recollection; no fine under these Provisions).",
        zh: "依照《中华人民共和国网络安全法》处理。",
      },
      mappingVerified: false,
      textStatus: "unverified",
      note: "UNVERIFIED in full: no source supports the content of Art 20 or this mapping. No fine range is recorded here.",
    },
  ],
};
