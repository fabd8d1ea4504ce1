/**
 * 关于防范比特币风险的通知 (银发〔2013〕289号), as far as the legal research knows it: no copy of the
 * text has been found, so every point is described by its substance only, and the section
 * numbers and count are unverified.
 *
 * Source of truth: the research file `pboc-2013-notice.md` (shared legal folder).
 * @module
 */
import type { InstrumentSource } from "../src/corpus/types.js";

export const pboc2013: InstrumentSource = {
  id: "pboc-2013",
  title: {
    en: "Notice on Preventing the Risks of Bitcoin",
    zh: "关于防范比特币风险的通知",
  },
  shortTitle: { en: "Bitcoin Risk Notice (2013)", zh: "289号文" },
  kind: { en: "Notice (joint, five regulators)", zh: "通知" },
  issuers: [
    { en: "People's Bank of China", zh: "中国人民银行" },
    { en: "Ministry of Industry and Information Technology", zh: "工业和信息化部" },
    { en: "China Banking Regulatory Commission", zh: "中国银行业监督管理委员会" },
    { en: "China Securities Regulatory Commission", zh: "中国证券监督管理委员会" },
    { en: "China Insurance Regulatory Commission", zh: "中国保险监督管理委员会" },
  ],
  documentNumber: "银发〔2013〕289号",
  issued: "2013-12-05",
  effective: "2013-12-05",
  binding: true,
  officialSource: null,
  numbering: "sections",
  note:
    "Full title as reported (B1): 《中国人民银行 工业和信息化部 中国银行业监督管理委员会 中国证券监督管理委员会 中国保险监督管理委员会关于防范比特币风险的通知》. Five issuers: high confidence (B1, B2, B3 agree). Number 银发〔2013〕289号: B1 (with the full title) and B4. " +
    "Dates: the signing date was not found (UNVERIFIED; reported on 2013-12-05 as \"日前联合印发\"); the notice was published on the PBOC website on 2013-12-05, which the issued field holds. The effective date is not recorded; the effective field repeats the publication date as a placeholder. " +
    "No copy of the text has been found: all points are substance only, and the section headings and the number of sections are UNVERIFIED (recollection: five numbered sections). The official copy is on the PBOC website (address not recorded); nothing here has been checked against it. " +
    "No fine schedule is known, so penalties is empty. " +
    "High confidence: the number, issuers, publication date, and the proposition that bitcoin is a specific virtual commodity that cannot and should not circulate as currency (three or more sources). Medium-high: the institution prohibitions of point 2 (one detailed news summary, B2; consistent with later documents that cite No. 289). Points 3–4: summary only. Point 5: UNVERIFIED. " +
    "Sources: B1 http://finance.caixin.com/2013-12-05/100613949.html (财新: title with number, issuers); B2 http://opinion.haiwainet.cn/n/2013/1205/c232601-20004733.html (中新网 2013-12-05: summary of points 1–2, cut off); B3 https://www.houqilawyer.com/thickpointofview/info.aspx?itemid=2614 (law-firm summary); B4 https://okxjyco.com/details/898.html (Postal Savings Bank announcement of 2021-06-21 citing the notice with its number).",
  articles: [
    {
      number: 1,
      heading: { en: "Nature of bitcoin" },
      numberVerified: false,
      note: "Section number and heading UNVERIFIED (order from B2's summary).",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Bitcoin is a specific virtual commodity: it is not issued by a monetary authority, lacks monetary attributes such as legal-tender status and compulsory acceptance, does not have a legal status equal to that of money, and cannot and should not circulate or be used in the market as money. As buying and selling of a commodity on the internet, bitcoin trading is open to ordinary people provided they bear the risks themselves.",
          textStatus: "substance-only",
          note: "No copy of the wording. Law-firm quotation (B3, not the notice's text): \"比特币应当是一种特定的虚拟商品,不具有与货币等同的法律地位,不能且不应作为货币在市场上流通使用。\"; B2 and 财新 (B1) agree in substance. News summary (B2): not issued by a monetary authority, without \"法偿性与强制性等货币属性\", \"并不是真正意义的货币\"; \"比特币交易作为一种互联网上的商品买卖行为,普通民众在自担风险的前提下拥有参与的自由\".",
        },
      ],
    },
    {
      number: 2,
      heading: { en: "Financial and payment institutions may not carry out bitcoin business" },
      numberVerified: false,
      note: "Section number and heading UNVERIFIED (order from B2's summary).",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "At the present stage, financial institutions and payment institutions may not price products or services in bitcoin, may not buy or sell bitcoin or act as central counterparty in its trading, may not underwrite bitcoin-related insurance or bring bitcoin within insurance liability, and may not directly or indirectly provide customers with other bitcoin-related services — including registration, trading, clearing and settlement services for bitcoin, accepting bitcoin or using it as a means of payment and settlement, and exchange between bitcoin and renminbi (the rest of the list is not known).",
          textStatus: "substance-only",
          note: "No copy of the wording. News quotation (B2, cut off; not the notice's text): \"现阶段,各金融机构和支付机构不得以比特币为产品或服务定价,不得买卖或作为中央对手买卖比特币,不得承保与比特币相关的保险业务或将比特币纳入保险责任范围,不得直接或间接为客户提供其他与比特币相关的服务,包括:为客户提供比特币登记、交易、清算、结算等服务;接受比特币或以比特币作为支付结算工具;开展比特币与人民币及…\". The rest of the point after \"开展比特币与人民币及…\" is not known.",
        },
      ],
    },
    {
      number: 3,
      heading: { en: "Management of bitcoin websites" },
      numberVerified: false,
      note: "Section number and heading UNVERIFIED (order from B3's list of obligations).",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Provides for strengthening the management of internet sites offering bitcoin services; the details are not known.",
          textStatus: "substance-only",
          note: "No copy of the wording; B3's summary only (\"加强对比特币互联网站的管理\").",
        },
      ],
    },
    {
      number: 4,
      heading: { en: "Anti-money-laundering duties" },
      numberVerified: false,
      note: "Section number and heading UNVERIFIED (order from B3's list of obligations).",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Guards against money-laundering risks: bitcoin trading platforms must perform customer-identification duties; the details are not known.",
          textStatus: "substance-only",
          note: "No copy of the wording; B3's summary only.",
        },
      ],
    },
    {
      number: 5,
      heading: { en: "Public education on risk (content unknown)" },
      numberVerified: false,
      note: "UNVERIFIED in full: neither a fifth section nor its content is supported by any source.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Content unknown. An unsupported recollection holds that the notice has a fifth numbered section on educating the public about the risks of bitcoin.",
          textStatus: "unverified",
          note: "Recollection only; no source found.",
        },
      ],
    },
  ],
  penalties: [],
};
