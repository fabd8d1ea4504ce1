/**
 * 第十三条 完成备案的区块链信息服务提供者应当在其对外提供服务的互联网站、应用程序等的显著位置标明其备案编号。
 *
 * Art. 13: a provider that has completed filing must show its filing number in a prominent position on
 * the websites, applications and the like through which it provides services to the public.
 *
 * 第十二条 国家和省、自治区、直辖市互联网信息办公室收到备案人提交的备案材料后，材料齐全的，应当在二十个工作日内予以备案，发放备案编号，并通过国家互联网信息办公室区块链信息服务备案管理系统向社会公布备案信息；材料不齐全的，不予备案，在二十个工作日内通知备案人并说明理由。
 *
 * Art. 12 (cited for the number itself): on receiving complete filing materials, the national and
 * provincial cyberspace offices accept the filing within twenty working days, issue a filing number
 * and publish the filing information in the CAC filing system; incomplete materials are refused, with
 * notice and reasons within twenty working days.
 *
 * Penalty: the corpus maps Art. 19 to Art. 13 (UNVERIFIED mapping; the engine attaches it). None is
 * mapped to Art. 12, which is the offices' own duty: the finding on the number's form carries none.
 *
 * Interpretation:
 * - Websites, applications and mini-programs (an application form) are checked. An API has no page
 *   or screen on which a number could be shown; "互联网站、应用程序等" is read as the user-facing
 *   interfaces, so API channels are not applicable. A channel of type `other` may or may not be one of
 *   "the like" (等): a breach there is reported as a risk with that reading.
 * - The FORM of a number (`<province abbreviation>网信备` + 19 digits + a digit or X + `号`) is inferred
 *   from numbers seen on providers' sites, not from any specification (seeds/cac-filing-batches.ts):
 *   an unusual form, or a province abbreviation other than the operator's province, is a risk,
 *   never a violation. A displayed number that differs from the registered one is a violation (the
 *   provider is not showing ITS number). Differences of spacing and of the case of a final x are ignored.
 */
import { filingNumberPattern, provinceAbbreviations } from "../../seeds/cac-filing-batches.js";
import { defineRule } from "../../src/engine/define-rule.js";
import type { Outcome, Path, RuleDefinition } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const FILED: Path = ["filing", "filed"];
const NUMBER: Path = ["filing", "number"];
const CHANNELS: Path = ["service", "channels"];
const PROVINCE: Path = ["operator", "province"];

const ART_12 = [{ instrument: "cac-2019", article: 12, paragraph: 1 }];
const ART_13 = [{ instrument: "cac-2019", article: 13, paragraph: 1 }];

const CHANNEL_TYPE = {
  website: { en: "website", zh: "网站" },
  app: { en: "app", zh: "应用程序" },
  "mini-program": { en: "mini-program", zh: "小程序" },
  api: { en: "API", zh: "接口" },
  other: { en: "other channel", zh: "其他渠道" },
} as const;

/** The pattern without its anchors, to find a number inside a displayed text such as "区块链备案：京网信备…号". */
const NUMBER_IN_TEXT = new RegExp(filingNumberPattern.source.replace(/^\^/, "").replace(/\$$/, ""));

const normalise = (value: string): string => value.replace(/\s+/g, "").toUpperCase();

type Subject = Parameters<RuleDefinition["evaluate"]>[0];
type Channel = NonNullable<NonNullable<Subject["service"]>["channels"]>[number];

export const filingNumberDisplay = defineRule({
  id: "cac-2019/filing-number-display",
  title: { en: "Filing number shown prominently on every website and app", zh: "在互联网站、应用程序等的显著位置标明备案编号" },
  description: {
    en: "A provider that has completed filing shows its filing number in a prominent position on each website, application and the like through which it serves the public; the number's form is checked against the published numbers.",
    zh: "完成备案的区块链信息服务提供者应当在其对外提供服务的互联网站、应用程序等的显著位置标明其备案编号；并对照已公布的编号检查编号格式。",
  },
  cites: [...ART_13, ...ART_12],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    notFiled: {
      en: "Not applicable: the service has not completed its filing, so there is no filing number to show yet (the filing itself is checked by the filing rules).",
      zh: "不适用：该服务尚未完成备案，暂无备案编号可标明（备案本身由备案规则检查）。",
    },
    noChannels: {
      en: "No websites, apps or other channels are listed. A blockchain information service is offered through websites, applications and the like (Art. 2 ¶2): list them so that the display of the filing number can be checked.",
      zh: "未列出网站、应用程序等渠道。区块链信息服务通过互联网站、应用程序等形式提供（第二条第二款），请列出相关渠道以检查备案编号的标明情况。",
    },
    displayed: {
      en: "{channelEn}: the filing number is shown in a prominent position.",
      zh: "{channelZh}：已在显著位置标明备案编号。",
    },
    displayedNumber: {
      en: "{channelEn}: the filing number {shown} is shown in a prominent position.",
      zh: "{channelZh}：已在显著位置标明备案编号{shown}。",
    },
    notDisplayed: {
      en: "{channelEn}: the filing number is not shown in a prominent position.",
      zh: "{channelZh}：未在显著位置标明备案编号。",
    },
    displayedDiffers: {
      en: "{channelEn}: the number shown, {shown}, is not the service's filing number {registered}.",
      zh: "{channelZh}：标明的编号{shown}与该服务的备案编号{registered}不一致。",
    },
    displayedFormUnusual: {
      en: "{channelEn}: the number shown, {shown}, does not have the form of the blockchain filing numbers seen so far.",
      zh: "{channelZh}：标明的编号{shown}与已见的区块链信息服务备案编号格式不符。",
    },
    displayedProvinceMismatch: {
      en: "{channelEn}: the number shown, {shown}, opens with {abbreviation} ({numberProvinceEn}), but the operator is registered in {operatorProvinceEn}.",
      zh: "{channelZh}：标明的编号{shown}以“{abbreviation}”（{numberProvinceZh}）开头，但运营主体注册在{operatorProvinceZh}。",
    },
    apiChannel: {
      en: "{channelEn}: not applicable. An API has no page or screen on which a number could be shown; this check reads Art. 13's \"websites, applications and the like\" as the interfaces people see.",
      zh: "{channelZh}：不适用。接口没有可标明编号的页面或界面；本检查将第十三条的“互联网站、应用程序等”理解为面向用户的界面。",
    },
    otherChannelCovered: {
      en: "Art. 13 names websites and applications \"and the like\" (等); whether this channel is one of them depends on what it is. This check reads it as covered, so the finding is a risk, not a violation.",
      zh: "第十三条列举“互联网站、应用程序等”；该渠道是否属于“等”的范围取决于其具体形态。本检查按适用处理，故报告为风险而非违规。",
    },
    numberForm: {
      en: "The filing number {registered} has the form of the blockchain filing numbers seen so far and opens with the abbreviation of the operator's province ({numberProvinceEn}). The form is inferred from published numbers; only the CAC filing system can confirm a number.",
      zh: "备案编号{registered}符合已见的区块链信息服务备案编号格式，且以运营主体所在省份（{numberProvinceZh}）的简称开头。该格式系根据已公布的编号推断；编号真伪只能通过备案管理系统核实。",
    },
    numberFormProvinceUnchecked: {
      en: "The filing number {registered} has the form of the blockchain filing numbers seen so far (it opens with {abbreviation}, {numberProvinceEn}); the operator's province is not given, so the abbreviation was not compared with it. The form is inferred from published numbers; only the CAC filing system can confirm a number.",
      zh: "备案编号{registered}符合已见的区块链信息服务备案编号格式（以“{abbreviation}”即{numberProvinceZh}开头）；未提供运营主体所在省份，未比对简称。该格式系根据已公布的编号推断；编号真伪只能通过备案管理系统核实。",
    },
    numberFormUnusual: {
      en: "The filing number {registered} does not have the form of the blockchain filing numbers seen so far.",
      zh: "备案编号{registered}与已见的区块链信息服务备案编号格式不符。",
    },
    numberProvinceMismatch: {
      en: "The filing number {registered} opens with {abbreviation} ({numberProvinceEn}), but the operator is registered in {operatorProvinceEn}.",
      zh: "备案编号{registered}以“{abbreviation}”（{numberProvinceZh}）开头，但运营主体注册在{operatorProvinceZh}。",
    },
    formInferred: {
      en: "No official specification of the filing number's form has been found. The form used here (a province abbreviation, 网信备, 19 digits, a digit or X, 号) is inferred from filing numbers seen on providers' sites, so a number of another form may still be genuine, and one of this form may be false; other CAC filings (such as algorithm filings) also use \"网信备\" numbers. Check the number in the CAC blockchain filing system (https://bcbeian.ifcert.cn/).",
      zh: "未找到备案编号格式的官方规范。本检查所用格式（省份简称＋网信备＋19位数字＋数字或X＋号）系根据服务提供者网站上已见的备案编号推断，格式不同的编号仍可能真实，格式相同的也可能不实；网信部门的其他备案（如算法备案）也使用“网信备”编号。请在区块链信息服务备案管理系统（https://bcbeian.ifcert.cn/）核实该编号。",
    },
    provinceInferred: {
      en: "The filing numbers seen open with the abbreviation of the province where the provider is registered, which fits filing through the provincial cyberspace office (Art. 12); this is inferred from published numbers, not specified. A different abbreviation may mean that the number belongs to another entity, or that the operator's province is recorded wrongly.",
      zh: "已见的备案编号均以服务提供者注册地省份的简称开头，与经省级网信部门备案（第十二条）相符；此系根据已公布的编号推断，并无明文规定。简称不一致可能意味着该编号属于其他主体，或运营主体所在省份记录有误。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      operator: { province: "beijing" },
      service: {
        usesBlockchain: true,
        offeredToPublic: true,
        providedFromMainland: true,
        channels: [{ type: "website", address: "https://example.cn", filingNumberDisplayed: true, displayedFilingNumber: "京网信备11010519864491550014号" }],
      },
      filing: { filed: true, number: "京网信备11010519864491550014号" },
    },
    fail: {
      operator: { province: "beijing" },
      service: {
        usesBlockchain: true,
        offeredToPublic: true,
        providedFromMainland: true,
        channels: [{ type: "app", address: "Example Wallet", filingNumberDisplayed: false }],
      },
      filing: { filed: true, number: "京网信备11010519864491550014号" },
    },
  },
  evaluate(subject, ctx) {
    const filed = subject.filing?.filed;
    if (filed === undefined) return ctx.needsInfo([FILED], undefined, { cites: ART_13 });
    if (!filed) return ctx.notApplicable("notFiled", { evidence: [FILED], cites: ART_13 });

    const registered = subject.filing?.number;
    const operatorProvince = subject.operator?.province;
    const outcomes: Outcome[] = [];
    if (registered !== undefined) outcomes.push(registeredNumber(registered));

    const channels = subject.service?.channels;
    if (channels === undefined) outcomes.push(ctx.needsInfo([CHANNELS], undefined, { evidence: [FILED], cites: ART_13 }));
    else if (channels.length === 0) outcomes.push(ctx.needsInfo([CHANNELS], "noChannels", { evidence: [FILED], cites: ART_13 }));
    else channels.forEach((channel, index) => outcomes.push(display(channel, index)));
    return outcomes;

    /** Where the number opens with a known abbreviation: that province, and whether it is the operator's. */
    function province(number: string) {
      const abbreviation = number.slice(0, 1);
      const found = provinceAbbreviations.find((p) => p.abbreviation === abbreviation);
      const operator = provinceAbbreviations.find((p) => p.id === operatorProvince);
      return {
        data: {
          abbreviation,
          numberProvinceEn: found?.name.en ?? null,
          numberProvinceZh: found?.name.zh ?? null,
          operatorProvinceEn: operator?.name.en ?? null,
          operatorProvinceZh: operator?.name.zh ?? null,
        },
        mismatch: found !== undefined && operator !== undefined && found.id !== operator.id,
        checked: operator !== undefined,
      };
    }

    function registeredNumber(number: string): Outcome {
      const normalised = normalise(number);
      const options = { data: { registered: number }, evidence: [NUMBER], cites: ART_12 };
      if (!filingNumberPattern.test(normalised)) return ctx.risk("numberFormUnusual", "formInferred", options);
      const place = province(normalised);
      const withProvince = { ...options, data: { ...options.data, ...place.data }, evidence: place.checked ? [NUMBER, PROVINCE] : [NUMBER] };
      if (place.mismatch) return ctx.risk("numberProvinceMismatch", "provinceInferred", withProvince);
      return ctx.pass(place.checked ? "numberForm" : "numberFormProvinceUnchecked", withProvince);
    }

    function display(channel: Channel, index: number): Outcome {
      const at: Path = ["service", "channels", index];
      const type = CHANNEL_TYPE[channel.type];
      const where = channel.address === undefined ? "" : ` ${channel.address}`;
      const label = { channelEn: `Channel ${index + 1} (${type.en}${where})`, channelZh: `第${index + 1}个渠道（${type.zh}${where}）` };
      if (channel.type === "api") return ctx.notApplicable("apiChannel", { data: label, evidence: [at], cites: ART_13 });

      const displayed = channel.filingNumberDisplayed;
      const displayedPath: Path = [...at, "filingNumberDisplayed"];
      const shownPath: Path = [...at, "displayedFilingNumber"];
      if (displayed === undefined) return ctx.needsInfo([displayedPath], undefined, { evidence: [at], cites: ART_13 });
      const breach = (messageId: "notDisplayed" | "displayedDiffers", options: Parameters<typeof ctx.violation>[1]) =>
        channel.type === "other" ? ctx.risk(messageId, "otherChannelCovered", options) : ctx.violation(messageId, options);
      if (!displayed) return breach("notDisplayed", { data: label, evidence: [displayedPath], cites: ART_13 });

      const shown = channel.displayedFilingNumber;
      if (shown === undefined) return ctx.pass("displayed", { data: label, evidence: [displayedPath], cites: ART_13 });
      const data = { ...label, shown, registered: registered ?? null };
      const shownText = normalise(shown);
      if (registered !== undefined) {
        const same = shownText.includes(normalise(registered));
        if (!same) return breach("displayedDiffers", { data, evidence: [shownPath, NUMBER], cites: ART_13 });
        // The registered number's form and province are the subject of their own finding.
        return ctx.pass("displayedNumber", { data, evidence: [displayedPath, shownPath], cites: ART_13 });
      }
      const match = NUMBER_IN_TEXT.exec(shownText);
      if (match === null) return ctx.risk("displayedFormUnusual", "formInferred", { data, evidence: [shownPath], cites: ART_13 });
      const place = province(match[0]);
      if (place.mismatch) {
        return ctx.risk("displayedProvinceMismatch", "provinceInferred", { data: { ...data, ...place.data }, evidence: [shownPath, PROVINCE], cites: ART_13 });
      }
      return ctx.pass("displayedNumber", { data, evidence: [displayedPath, shownPath], cites: ART_13 });
    }
  },
});
