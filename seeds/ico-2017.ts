/**
 * 关于防范代币发行融资风险的公告 (seven regulators, 2017-09-04; the "94 Announcement"),
 * as far as the legal research has the text.
 *
 * Source of truth: the research file `ico-2017-announcement.md` (shared legal folder).
 * Sections 一、二、… are numbered 1, 2, …; the preamble is not a section and is kept in `preamble`.
 * The English is the project's own.
 * @module
 */
import type { InstrumentSource } from "../src/corpus/types.js";

/** Source ids used in the notes below, with their addresses (as recorded by the research). */
const SOURCES = [
  "A1 https://www.nameidi.com/n/wgeg6y39.html (copy of the CSRC page, 2017-09-04: title, preamble, §一, start of §二)",
  "A2 https://weiquanhome.com/Show.asp?id=2705 (title + opening)",
  "A3 https://juredian.net/wiki/%E4%BB%A3%E5%B8%81%E5%8F%91%E8%A1%8C%E8%9E%8D%E8%B5%84 (summary of §§1–5)",
  "A4 http://kankannews.cc/finance/f5f822db443c7e646d45f7c19fd29660.html (中国证券网, §三 quotation, traditional script)",
  "A5 http://www.01caijing.com/article/17398.htm (零壹财经, §四 quotation, cut off)",
  "A6 http://www.l7k9.com/gcbyw/13493.html (news summary of §一)",
  "A7 https://www.houqilawyer.com/thickpointofview/info.aspx?itemid=2614 (law-firm summary)",
  "A8 https://news.china.com/finance/11155042/20170904/31278659_all.html (中华网 repost of 新华网: preamble through §二)",
  "A9 http://news.sina.com.cn/o/2017-09-04/doc-ifykpuui0957023.shtml (中国新闻网: §二, §三 quotations)",
  "A10 http://economy.china.com/news/11173316/20170904/31279301.html (第一财经: §二 sentences)",
  "A11 https://news.china.com/news100/11038989/20170907/31304938_1.html (中国青年网: §一, §二, start of §三)",
  "A12 http://m.nbd.com.cn/articles/2018-08-28/1249911.html (每日经济新闻: report grounds reusing §三/§四 wording)",
].join("; ");

const PREAMBLE_ZH =
  "近期，国内通过发行代币形式包括首次代币发行（ICO）进行融资的活动大量涌现，投机炒作盛行，涉嫌从事非法金融活动，严重扰乱了经济金融秩序。为贯彻落实全国金融工作会议精神，保护投资者合法权益，防范化解金融风险，依据《中华人民共和国人民银行法》、《中华人民共和国商业银行法》、《中华人民共和国证券法》、《中华人民共和国网络安全法》、《中华人民共和国电信条例》、《非法金融机构和非法金融业务活动取缔办法》等法律法规，现将有关事项公告如下：";

export const ico2017: InstrumentSource = {
  id: "ico-2017",
  title: {
    en: "Announcement on Preventing the Risks of Token Issuance Financing",
    zh: "关于防范代币发行融资风险的公告",
  },
  shortTitle: { en: "ICO Announcement (2017)", zh: "九四公告" },
  kind: { en: "Announcement (joint, seven regulators)", zh: "公告" },
  issuers: [
    { en: "People's Bank of China", zh: "中国人民银行" },
    { en: "Office of the Central Cyberspace Affairs Commission", zh: "中央网信办" },
    { en: "Ministry of Industry and Information Technology", zh: "工业和信息化部" },
    { en: "State Administration for Industry and Commerce", zh: "工商总局" },
    { en: "China Banking Regulatory Commission", zh: "银监会" },
    { en: "China Securities Regulatory Commission", zh: "证监会" },
    { en: "China Insurance Regulatory Commission", zh: "保监会" },
  ],
  documentNumber: null,
  issued: "2017-09-04",
  effective: "2017-09-04",
  binding: true,
  officialSource: null,
  numbering: "sections",
  note:
    "Full title as the copies give it: 《中国人民银行 中央网信办 工业和信息化部 工商总局 银监会 证监会 保监会关于防范代币发行融资风险的公告》; the seven issuers are confirmed by the full title, several copies agreeing. No document number (it is a 公告). " +
    "Issued and published 2017-09-04 (CSRC page dated 2017-09-04, reproduced by A1; 新华网 copy 2017-09-04 15:10:57, A8); effective from publication (§二: \"本公告发布之日起\"). " +
    "Official copies are on the PBOC and CSRC websites, addresses not recorded; none of the text here has been checked against an official copy. " +
    "Preamble: see `preamble` (verified, A1 + A8 character-identical). " +
    "Verified: preamble, §一 and §二 ¶1 (A1 + A8; the last characters of §二 ¶1 from four news quotations). Substance only: §三, §四, §五. UNVERIFIED: §六, all headings after §二, and the number of sections (recollection: six). " +
    "The announcement contains no fine schedule of its own: it states prohibitions and refers enforcement to the relevant departments, so penalties is empty. " +
    "The copies use ASCII punctuation; full-width punctuation was restored editorially. English renderings are the project's own. " +
    `Sources: ${SOURCES}.`,
  preamble: {
    zh: PREAMBLE_ZH,
    en: "Recently, financing through the issuance of tokens, including initial coin offerings (ICOs), has sprung up in large numbers in China; speculation is rampant, the activity is suspected of being illegal financial activity, and it has seriously disrupted the economic and financial order. To implement the spirit of the National Financial Work Conference, protect investors' lawful rights and interests, and prevent and defuse financial risks, the relevant matters are announced as follows, on the basis of the Law of the People's Republic of China on the People's Bank of China, the Commercial Bank Law, the Securities Law, the Cybersecurity Law, the Telecommunications Regulations, the Measures for Banning Illegal Financial Institutions and Illegal Financial Business Activities and other laws and regulations:",
    textStatus: "verified",
    note: "A1 + A8 character-identical; full-width punctuation restored editorially.",
  },
  articles: [
    {
      number: 1,
      heading: {
        en: "Understanding correctly the nature of token issuance financing",
        zh: "准确认识代币发行融资活动的本质属性",
        zhStatus: "verified",
      },
      numberVerified: true,
      note: "Heading and body: verified (A1 + A8); A6 and A11 (abridged) agree in substance.",
      paragraphs: [
        {
          number: 1,
          zh: "代币发行融资是指融资主体通过代币的违规发售、流通，向投资者筹集比特币、以太币等所谓“虚拟货币”，本质上是一种未经批准非法公开融资的行为，涉嫌非法发售代币票券、非法发行证券以及非法集资、金融诈骗、传销等违法犯罪活动。有关部门将密切监测有关动态，加强与司法部门和地方政府的工作协同，按照现行工作机制，严格执法，坚决治理市场乱象。发现涉嫌犯罪问题，将移送司法机关。",
          en: "Token issuance financing means that a fundraiser, through the unlawful sale and circulation of tokens, raises so-called \"virtual currencies\" such as bitcoin and ether from investors. It is in essence unapproved, illegal public financing, and is suspected of involving illegal and criminal activities such as the illegal sale of token certificates, the illegal issuance of securities, illegal fund-raising, financial fraud and pyramid selling. The relevant departments will closely monitor developments, strengthen coordination with the judicial authorities and local governments, enforce the law strictly under the existing working mechanisms and firmly put an end to market disorder. Suspected crimes that come to light will be transferred to the judicial authorities.",
          textStatus: "verified",
          note: "A1 + A8, character-identical.",
        },
        {
          number: 2,
          zh: "代币发行融资中使用的代币或“虚拟货币”不由货币当局发行，不具有法偿性与强制性等货币属性，不具有与货币等同的法律地位，不能也不应作为货币在市场上流通使用。",
          en: "The tokens or \"virtual currencies\" used in token issuance financing are not issued by a monetary authority, lack monetary attributes such as legal-tender status and compulsory acceptance, do not have a legal status equal to that of money, and cannot and should not circulate or be used in the market as money.",
          textStatus: "verified",
          note: "A1 + A8, character-identical.",
        },
      ],
    },
    {
      number: 2,
      heading: {
        en: "No organisation or individual may illegally engage in token issuance financing",
        zh: "任何组织和个人不得非法从事代币发行融资活动",
        zhStatus: "verified",
      },
      numberVerified: true,
      note: "Heading: verified (A1 + A8); A12 also quotes it as the announcement's wording. Whether §二 has anything after the 查处 sentence has not been seen.",
      paragraphs: [
        {
          number: 1,
          zh: "本公告发布之日起，各类代币发行融资活动应当立即停止。已完成代币发行融资的组织和个人应当做出清退等安排，合理保护投资者权益，妥善处置风险。有关部门将依法严肃查处拒不停止的代币发行融资活动以及已完成的代币发行融资项目中的违法违规行为。",
          en: "From the date this Announcement is published, all token issuance financing activities shall stop immediately. Organisations and individuals that have completed token issuance financing shall make arrangements such as refunds, reasonably protect investors' rights and interests, and properly dispose of the risks. The relevant departments will investigate and punish severely, according to law, token issuance financing activities that refuse to stop and illegal conduct in token issuance financing projects already completed.",
          textStatus: "verified",
          note: "A1 (stops after \"…活动以及\") + A8 (stops after \"…违法违规行\"); the final \"为。\" is from four independent news quotations (A3, A9, A10, A11), which all give the 查处 sentence in full. Variant: A11 writes \"作出清退等安排\"; A1, A8, A3, A9, A10 have \"做出\", which is kept. This paragraph holds the refund (清退) duty.",
        },
      ],
    },
    {
      number: 3,
      heading: { en: "Token-financing trading platforms" },
      numberVerified: true,
      note: "Heading UNVERIFIED: the recollected heading (strengthening the management of token-financing trading platforms) is not seen as a heading in any copy; A3 uses the phrase \"加强代币融资交易平台的管理\" in its summary, not as a heading, so no Chinese heading is given. The section's position as 三 follows A3's order.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "So-called token-financing trading platforms may not exchange legal tender for tokens or \"virtual currencies\" or exchange them for one another; may not buy or sell tokens or \"virtual currencies\", or do so as a central counterparty; and may not provide pricing, information-intermediary or similar services for tokens or \"virtual currencies\".",
          textStatus: "substance-only",
          note: "No copy of the document's wording. Four outlets quote identical words (journalists' quotations, not a copy): A9 (\"任何所谓的代币融资交易平台不得从事法定货币与代币、“虚拟货币”相互之间的兑换业务,不得买卖或作为中央对手方买卖代币或“虚拟货币”,不得为代币或“虚拟货币”提供定价、信息中介等服务。\"), A11 (the same as far as it runs), A4 (traditional script, after the reporter's lead-in \"自公告發佈之日起\"), A3 (the same three prohibitions after \"相关部门将加强代币融资交易平台的管理,平台不得…\"). UNVERIFIED (recollection): that the paragraph opens with \"本公告发布之日起,\".",
        },
        {
          number: 2,
          zh: null,
          en: "For token-financing trading platforms that break laws or regulations, the financial regulators will ask the telecommunications authority to close their websites and mobile apps according to law, ask the cyberspace authority to have the apps taken down from app stores, and ask the industry-and-commerce (market-regulation) authority to revoke their business licences according to law.",
          textStatus: "substance-only",
          note: "No copy of the wording. One reporter-edited quotation (A9): \"对于存在违法违规问题的代币融资交易平台,中国金融管理部门将提请电信主管部门依法关闭其网站平台及移动APP,提请网信部门对移动APP在应用商店做下架处置,并提请工商管理部门依法吊销其营业执照。\" (\"中国\" is almost certainly the reporter's addition). Used as substance only.",
        },
      ],
    },
    {
      number: 4,
      heading: { en: "Financial institutions and non-bank payment institutions" },
      numberVerified: true,
      note: "Heading UNVERIFIED: the sentence \"各金融机构和非银行支付机构不得开展与代币发行融资交易相关的业务\" is quoted by A3 (as a sentence) and by A12 (as the announcement's wording, together with the §二 heading), but its position as the heading of §四 is not confirmed, so it is not given as a Chinese heading. The section's position as 四 follows A3's order. Paragraph division unknown; modelled as one paragraph.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Financial institutions and non-bank payment institutions may not carry out business related to token issuance financing: they may not, directly or indirectly, provide account opening, registration, trading, clearing, settlement or similar products or services for token issuance financing or \"virtual currencies\", and may not underwrite insurance business related to tokens or \"virtual currencies\" or bring them within the scope of insurance liability.",
          textStatus: "substance-only",
          note: "No copy of the wording. News quotation (A5, cut off): \"不得直接或间接为代币发行融资和“虚拟货币”提供账户开立、登记、交易、清算、结算等产品或服务,不得承保与代币和“虚拟货币”相关的保险业务或将代币和“虚拟货币”纳入保险责任…\"; A12's report grounds 四 and 五 reuse the words and complete the clause (\"…纳入保险责任范围\"), so the ending rests on one derived list. UNVERIFIED (recollection, found in no source): a sentence obliging institutions to report leads of illegal token-financing activity to the relevant departments.",
        },
      ],
    },
    {
      number: 5,
      heading: { en: "Public risk warning" },
      numberVerified: true,
      note: "Heading UNVERIFIED (recollection: the public should be highly alert to the risks of token issuance financing and trading); no Chinese heading is given. The section's position as 五 follows A3's order.",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Warns the public that token issuance financing and trading carry risks such as false assets, business failure and speculative investment, and calls on the public to stay alert and to report leads of illegal activity.",
          textStatus: "substance-only",
          note: "No copy of the wording. Substance from A3 only (\"虚假资产风险、经营失败风险、投资炒作风险等\", a summary's wording, not the document's).",
        },
      ],
    },
    {
      number: 6,
      heading: { en: "Industry self-regulation (content unknown)" },
      numberVerified: false,
      note: "UNVERIFIED in full: neither the existence of a sixth section nor its content is supported by any source (the number of sections, six, is itself a recollection).",
      paragraphs: [
        {
          number: 1,
          zh: null,
          en: "Content unknown. An unsupported recollection holds that a sixth section concerns the role of industry organisations, such as the National Internet Finance Association of China, in self-regulation.",
          textStatus: "unverified",
          note: "Recollection only; no source found.",
        },
      ],
    },
  ],
  penalties: [],
};
