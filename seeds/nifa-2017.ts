/**
 * 关于防范各类以ICO名义吸收投资相关风险的提示 (NIFA, 2017-08-30): an industry association's risk
 * alert, context only (not binding). No copy of the Chinese text has been found: the three
 * numbered points are described by their substance only.
 *
 * Source of truth: the research file `nifa-2017-tips.md` (shared legal folder).
 * @module
 */
import type { InstrumentSource } from "../src/corpus/types.js";

export const nifa2017: InstrumentSource = {
  id: "nifa-2017",
  title: {
    en: "Risk Alert on Guarding Against the Risks of Investment Solicited in the Name of ICOs",
    zh: "关于防范各类以ICO名义吸收投资相关风险的提示",
  },
  shortTitle: { en: "NIFA ICO Risk Alert (2017)", zh: "互金协会ICO风险提示" },
  kind: { en: "Risk alert of an industry association", zh: "风险提示" },
  issuers: [{ en: "National Internet Finance Association of China (NIFA)", zh: "中国互联网金融协会" }],
  documentNumber: null,
  issued: "2017-08-30",
  effective: "2017-08-30",
  binding: false,
  officialSource: "http://www.nifa.org.cn/nifaen/2955875/2955895/2967648/index.html",
  numbering: "sections",
  note:
    "An industry association's risk alert: NIFA is an industry association, not a state organ, so the alert does not bind and is context only. Whether the copyright exclusion for official documents of state organs extends to NIFA's documents is not settled; its wording is quoted sparingly. " +
    "Date 2017-08-30 (evening, a Wednesday): high confidence — N1 (\"August 30, 2017\"), N3 (\"August 30th, 2017\"), N4 and N5 (8月30日; N5 \"8月30日晚间\") agree and N2 (\"周三晚间\") is consistent. A risk alert has no effective date; the effective field repeats the issue date as a placeholder. Document number: none recorded. " +
    "Chinese title: high confidence (N4 full title; N5 partial). NIFA's own English title (N3): \"Notice on Guarding against Risks of Financing Activities in the Name of ICO\". " +
    "The officialSource is NIFA's own English page (N3); the Chinese original's address was not found, and no copy of the Chinese text has been found: every point is substance only. The three-point structure and the substance rest on NIFA's English translation (N3) and a second English translation (N1), which agree; Chinese phrases quoted by news (N2 in traditional script: 扰乱了社会经济秩序并形成了较大风险隐患 / 采用各类误导性宣传手段 / 其中涉嫌诈骗; N4: institutions at home and abroad conducting financing in the name of ICO, 其中涉嫌诈骗、非法证券、非法集资等行为) agree. The English here is the project's own, not NIFA's translation. " +
    "Preamble (substance only, not a point): projects raising funds in the name of ICO had grown rapidly, disrupting social and economic order and creating sizeable hidden risks; the association therefore warns investors. " +
    "Sources: N1 https://www.8855104.com/china-internet-finance-association-on-the-prevention-of-various-types-of-ico-to-absorb-investment-related-risks-in-the-name-of-the-tips.html (English translation); N2 http://m.512pt.com/story/001074088 (FT中文网 report); N3 (NIFA English page, as officialSource); N4 https://news.china.com/news100/11038989/20170907/31304938_1.html (中国青年网 2017-09-07); N5 http://www.thepaper.cn/newsDetail_forward_1780992 (澎湃 2017-08-31). " +
    "Later NIFA documents (context): 《关于防范变相ICO活动的风险提示》 (2018-01); 《关于防范以区块链名义进行ICO与“虚拟货币”交易活动的风险提示》 (2019-12-13); with two other associations, 《关于防范虚拟货币交易炒作风险的公告》 (2021-05-18).",
  articles: [
    {
      number: 1,
      heading: { en: "Fund-raising in the name of ICOs without permission" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Warns that some institutions at home and abroad use misleading publicity to raise funds in the name of ICOs without any permission, conduct suspected of involving fraud, illegal securities activity and illegal fund-raising; investors should stay alert to avoid being deceived, and anyone who finds suspected illegal conduct should report it to the public security organs.",
          textStatus: "substance-only",
          note: "No copy of the Chinese wording. Point 1 as numbered in N3 and N1 (English), which agree; N2 and N4 quote Chinese phrases consistent with it.",
        },
      ],
    },
    {
      number: 2,
      heading: { en: "Risks of investing in ICO projects" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Warns that ICO projects carry large risks because their underlying assets are unclear, investor suitability is not checked and disclosure is seriously inadequate; investors should judge such projects soberly and bear the risks themselves.",
          textStatus: "substance-only",
          note: "No copy of the Chinese wording. Point 2 as numbered in N3 and N1 (English), which agree.",
        },
      ],
    },
    {
      number: 3,
      heading: { en: "Self-discipline of NIFA members" },
      numberVerified: true,
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Calls on NIFA member institutions to strengthen self-discipline on their own initiative and to resist financial activities that break laws or regulations.",
          textStatus: "substance-only",
          note: "No copy of the Chinese wording. Point 3 as numbered in N3 and N1 (English), which agree.",
        },
      ],
    },
  ],
  penalties: [],
};
