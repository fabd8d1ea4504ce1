/**
 * 关于对代币发行融资开展清理整顿工作的通知 (整治办函〔2017〕99号), as far as the legal research
 * knows it: no copy of the text has been found, so the instrument has no articles and its
 * reported substance is in the note.
 *
 * Source of truth: the research file `ico-2017-rectification-notice.md` (shared legal folder).
 * @module
 */
import type { InstrumentSource } from "../src/corpus/types.js";

export const ico2017Rectification: InstrumentSource = {
  id: "ico-2017-rectification",
  title: {
    en: "Notice on Carrying Out Clean-up and Rectification of Token Issuance Financing",
    zh: "关于对代币发行融资开展清理整顿工作的通知",
  },
  shortTitle: { en: "ICO Clean-up Notice (No. 99, 2017)", zh: "99号文" },
  kind: { en: "Notice (official letter to local rectification offices)", zh: "通知（函）" },
  issuers: [
    {
      en: "Office of the Leading Group for the Special Rectification of Internet Financial Risks",
      zh: "互联网金融风险专项整治工作领导小组办公室",
    },
  ],
  documentNumber: "整治办函〔2017〕99号",
  issued: "2017-09-02",
  effective: "2017-09-02",
  binding: true,
  officialSource: null,
  numbering: "sections",
  articles: [],
  penalties: [],
  note:
    "The text of this notice has not been found; its identity (title, number, issuer, date 2017-09-02) and its three main points rest on one secondary source, R1 https://bitcointalksearch.org/topic/ico-99-2148077 — a forum repost of a 财新网 report (记者 吴雨俭; original link given as http://m.finance.caixin.com/m/2017-09-04/101140069.html, not checked). Medium confidence. " +
    "Document number: R1 prints \"整治办函【2017】99号\"; the 〔〕 form used here is the usual official style, but the official form is UNVERIFIED. " +
    "Addressees: provincial and municipal 金融办(局) (R1). Effective date: not known, and no public official copy was found — the effective field holds the issue date (2017-09-02) as a placeholder, not a recorded effective date. Binding is true as an instruction of a regulatory body to the local rectification offices; it was not addressed to the public. " +
    "No articles: the notice's structure and wording are unknown. Reported main points (R1, substance only): (1) a comprehensive survey of ICO activity (全面摸排); (2) all new ICO issuance to be stopped (一律叫停ICO新发行的项目); (3) completed ICO projects to be reviewed case by case and illegal conduct in them dealt with (逐案研判). " +
    "R1 also gives, after \"99号文指出,\" and without quotation marks, a passage that may be paraphrase and must not be quoted as the notice's wording: token financing including ICOs had surged with rampant speculation; to prevent the risks and protect investors, token issuance financing was brought within the special rectification of internet financial risks, and local rectification leading groups were to start clean-up and rectification immediately under the existing working mechanisms. Its first sentence matches the opening of the 2017-09-04 announcement (ico-2017) — plausible, not proof. " +
    "Provincial 整治办 relayed the notice to districts, ordering a survey of ICO activity (R1, cut off). " +
    "Related material, not this notice: 解放日报 2017-09-24 (http://gequge.com/article/20170924/160598.shtml) reports a national 互金整治办 notice requiring bitcoin and other virtual-currency trading venues to stop opening new accounts and draw up exit plans — whether that is No. 99 or a later notice is UNVERIFIED; the Beijing 整治办's local notice 《关于配合开展代币融资交易平台清理整顿工作的通知》 (September 2017; http://m.jiemian.com/article/1602781.html) with a reporting deadline of 5 September 16:00; later national clean-up work (http://kankannews.cc/finance/f5f822db443c7e646d45f7c19fd29660.html, year UNVERIFIED); Shanghai (https://czxurui.com/zx/26360.html) and Shenzhen (https://ciweicaijing.com/32533.html, 2019-11-21).",
};
