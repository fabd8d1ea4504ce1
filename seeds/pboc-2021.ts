/**
 * 关于进一步防范和处置虚拟货币交易炒作风险的通知 (银发〔2021〕237号), as far as the legal research
 * knows it: no copy of the text has been found, so every provision is described by its
 * substance only. Sections are numbered as the notice numbers them ((二) → 2); only the
 * sections whose number the research can place are articles, so the numbering has gaps.
 *
 * Source of truth: the research file `pboc-2021-notice.md` (shared legal folder).
 * @module
 */
import type { InstrumentSource } from "../src/corpus/types.js";

export const pboc2021: InstrumentSource = {
  id: "pboc-2021",
  title: {
    en: "Notice on Further Preventing and Disposing of the Risks of Speculation in Virtual Currency Trading",
    zh: "关于进一步防范和处置虚拟货币交易炒作风险的通知",
  },
  shortTitle: { en: "Virtual Currency Notice (2021)", zh: "237号文" },
  kind: { en: "Notice (joint, ten authorities)", zh: "通知" },
  issuers: [
    { en: "People's Bank of China", zh: "中国人民银行" },
    { en: "Office of the Central Cyberspace Affairs Commission", zh: "中央网信办" },
    { en: "Supreme People's Court", zh: "最高人民法院" },
    { en: "Supreme People's Procuratorate", zh: "最高人民检察院" },
    { en: "Ministry of Industry and Information Technology", zh: "工业和信息化部" },
    { en: "Ministry of Public Security", zh: "公安部" },
    { en: "State Administration for Market Regulation", zh: "市场监管总局" },
    { en: "China Banking and Insurance Regulatory Commission", zh: "银保监会" },
    { en: "China Securities Regulatory Commission", zh: "证监会" },
    { en: "State Administration of Foreign Exchange", zh: "外汇局" },
  ],
  documentNumber: "银发〔2021〕237号",
  issued: "2021-09-15",
  effective: "2021-09-15",
  binding: true,
  officialSource: null,
  numbering: "sections",
  note:
    "Ten issuers: high confidence (listed identically by the Xinhua report P1 and by a 2021 blog post in a public source-code repository). Number 银发〔2021〕237号: the Shenzhen risk notice as reported by 中新经纬 (P3) and the 2021 blog post agree. " +
    "Dates (medium-high confidence): issued (印发) 2021-09-15 (the blog post; the court judgment P5 also gives 2021年9月15日); published 2021-09-24 (Xinhua: \"记者24日从中国人民银行了解到\"). The effective date is not recorded; the effective field repeats the issue date as a placeholder. " +
    "No full copy of the text has been found: every quoted sentence in the notes is a quotation as reported by news or court judgments, not a copy of the notice, and every provision is substance only. The official copy is on the PBOC website (address not recorded); nothing here has been checked against it. " +
    "Section numbers: (二), (六) and (九) are supported by P6, a synonym-spun (洗稿) copy usable for numbering only, never for wording (medium confidence); the positions (一), (三) and (四) are UNVERIFIED. Sections the research cannot place, and which are therefore not articles here (substance only): " +
    "internet enterprises may not provide online business premises, commercial display, marketing and promotion or paid traffic-diversion services for virtual-currency-related business (P1 quotes \"互联网企业不得为虚拟货币相关业务活动提供网络经营场所、商业展示、营销宣传、付费导流等服务\"); " +
    "the registered names and business scopes of enterprises and individual businesses may not contain words such as \"virtual currency\", \"virtual asset\", \"crypto currency\" or \"crypto asset\" (P1 quotes \"企业、个体工商户注册名称和经营范围中不得含有“虚拟货币”“虚拟资产”“加密货币”“加密资产”等字样或内容\"); " +
    "criminal enforcement against illegal business operations and financial fraud, money laundering and gambling conducted with virtual currency, and illegal fund-raising and pyramid selling using virtual currency as a gimmick (P1). " +
    "No fine schedule is known, so penalties is empty. Related (context): on the same day, 2021-09-24, the NDRC and other departments issued 《关于整治虚拟货币“挖矿”活动的通知》 (https://www.hellobit.com.cn/recommended/page/1448.html). " +
    "Sources: P1 https://yzcbk.com/bibaike/60664.html (Xinhua dispatch, 新华社北京9月24日电, 记者吴雨); P2 https://www.xumu158.cn/171593.html (Xinhua short version); P3 http://penriy.com/fzdt/yjdt/2022/0622/192886.html (中新经纬 2022-06-21, Shenzhen notice citing No. 237); P4 https://jianggupiao.com/ask/42081.html (structured summary); P5 a court judgment published in a public source-code repository, quoting the notice; P6 a spun copy on kailiqingxi.com (full address not recorded; numbering only); P7 https://www.lantai.cn/news_view.aspx?id=1419&nid=2&typeid=5 (law-firm article citing (2021)黔01民终7896号); a 2021 blog post in a public source-code repository (number, issuers, issue date).",
  articles: [
    {
      number: 1,
      heading: { en: "Legal status of virtual currency" },
      numberVerified: false,
      note: "Section number (一) UNVERIFIED.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Virtual currency does not have a legal status equal to that of legal tender.",
          textStatus: "substance-only",
          note: "No copy of the wording. Reported quotation (P1, P2; not the notice's text): \"虚拟货币不具有与法定货币等同的法律地位\".",
        },
      ],
    },
    {
      number: 2,
      heading: { en: "Virtual-currency-related business is illegal financial activity" },
      numberVerified: true,
      note: "Section number (二) from P6 (spun copy: \"(二)虚拟钱币干系交易行动属于造孽金融行动\"), medium confidence.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Business activities related to virtual currency are illegal financial activities. The activities covered include exchange of virtual currency, buying and selling virtual currency as a central counterparty, matching trades, information-intermediary and pricing services, token issuance financing and trading in virtual-currency derivatives; they are strictly prohibited and banned according to law, and criminal liability is pursued where a crime is constituted.",
          textStatus: "substance-only",
          note: "No copy of the wording. Reported quotation (P1, P2, P3, P5; not the notice's text): \"虚拟货币相关业务活动属于非法金融活动\". The list of activities and \"一律严格禁止，坚决依法取缔\" are from P4's paraphrase and P6's spun copy, not the notice's verified wording; criminal liability follows P6's structure.",
        },
      ],
    },
    {
      number: 3,
      heading: { en: "Overseas exchanges serving residents in China" },
      numberVerified: false,
      note: "Section number (三) UNVERIFIED.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Services provided over the internet to residents in China by overseas virtual-currency exchanges are likewise illegal financial activity. Liability is pursued according to law against the domestic staff of such exchanges, and against legal persons, unincorporated organisations and natural persons who know or ought to know of such activity and still provide marketing and promotion, payment and settlement, technical support or similar services for it.",
          textStatus: "substance-only",
          note: "No copy of the wording. Reported quotation (P1 headline sentence, P2, P4; not the notice's text): \"境外虚拟货币交易所通过互联网向我国境内居民提供服务同样属于非法金融活动\". The liability of staff and service providers (\"营销宣传、支付结算、技术支持\"; \"依法追究有关责任\") from P1 and P3.",
        },
      ],
    },
    {
      number: 4,
      heading: { en: "Legal risk of taking part; civil acts void" },
      numberVerified: false,
      note: "Section number (四) UNVERIFIED (recollection).",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Taking part in virtual-currency investment and trading carries legal risk. Where a legal person, unincorporated organisation or natural person invests in virtual currency or related derivatives contrary to public order and good morals, the civil juristic acts concerned are void and the resulting losses are borne by that person; conduct suspected of undermining financial order or endangering financial security is investigated and dealt with by the relevant departments according to law.",
          textStatus: "substance-only",
          note: "No copy of the wording. Court quotation (P5; not the notice's text; it stitches the (二) heading to this provision): \"虚拟货币相关业务活动属于非法金融活动。参与虚拟货币投资交易活动存在法律风险。任何法人、非法人组织和自然人投资虚拟货币及相关衍生品,违背公序良俗的,相关民事法律行为无效,由此引发的损失由其自行承担;涉嫌破坏金融秩序、危害金融安全的,由相关部门依法查处\". A second court (P7, via a law firm; abridged and cut) quotes the opening and closing words the same way. Consistent with P4. Medium-high confidence in the substance.",
        },
      ],
    },
    {
      number: 6,
      heading: { en: "Territorial responsibility; working mechanism" },
      numberVerified: true,
      note: "Section number (六) from P6 (spun copy: \"(六)加强属地落实\"), medium confidence; the spun heading is not the notice's wording, so no Chinese heading is given.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Sets up a coordination mechanism of the ten central departments, and places overall responsibility for dealing with virtual-currency trading risks in each region on the provincial people's government.",
          textStatus: "substance-only",
          note: "No copy of the wording. Substance from P4 and P6 (spun).",
        },
      ],
    },
    {
      number: 9,
      heading: { en: "Financial institutions and non-bank payment institutions" },
      numberVerified: true,
      note: "Section number (九) from P6 (spun copy), medium confidence.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Financial institutions and non-bank payment institutions may not provide services for virtual-currency-related business activities: no account opening, fund transfer, clearing or settlement for them, no acceptance of virtual currency as collateral, no related insurance business; leads of such activity are to be reported.",
          textStatus: "substance-only",
          note: "No copy of the wording. Reported quotation (P1, P2; not the notice's text): \"金融机构和非银行支付机构不得为虚拟货币相关业务活动提供服务\". The detailed list is from P6 (spun) and P4; wording beyond the quoted sentence is UNVERIFIED.",
        },
      ],
    },
  ],
  penalties: [],
};
