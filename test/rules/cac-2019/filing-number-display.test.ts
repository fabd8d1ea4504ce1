import { describe, expect, it } from "vitest";
import { filingNumberDisplay } from "../../../rules/cac-2019/filing-number-display.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const NUMBER = "京网信备11010519864491550014号";
const art13 = { instrument: "cac-2019", article: 13, paragraph: 1 };
const art12 = { instrument: "cac-2019", article: 12, paragraph: 1 };
const asOf = "2020-01-01";

type ChannelInput = { type: "website" | "app" | "mini-program" | "api" | "other"; address?: string; filingNumberDisplayed?: boolean; displayedFilingNumber?: string };
const subject = (channels: ChannelInput[] | undefined, filing: Record<string, unknown> = { filed: true, number: NUMBER }, province = "beijing") => ({
  operator: { province },
  service: { ...inCacScope, ...(channels ? { channels } : {}) },
  filing,
});

describe("cac-2019/filing-number-display (Art. 13; Art. 12 for the number)", () => {
  it("passes the registered number's form and each channel showing it", () => {
    const [number, website, app] = findingsOf(
      filingNumberDisplay,
      subject([
        { type: "website", address: "https://example.cn", filingNumberDisplayed: true, displayedFilingNumber: `区块链信息服务备案：${NUMBER}` },
        { type: "mini-program", filingNumberDisplayed: true },
      ]),
      asOf,
    );
    expect(number).toMatchObject({ status: "pass", messageId: "numberForm", data: { registered: NUMBER, numberProvinceEn: "Beijing" } });
    expect(number!.citations).toEqual([expect.objectContaining(art12)]);
    expect(website).toMatchObject({ status: "pass", messageId: "displayedNumber" });
    expect(website!.message.en).toContain("Channel 1 (website https://example.cn)");
    expect(website!.citations).toEqual([expect.objectContaining(art13)]);
    expect(website!.citations[0]!.text.zh).toContain("显著位置标明其备案编号");
    expect(app).toMatchObject({ status: "pass", messageId: "displayed" });
    expect(app!.evidence[0]).toMatchObject({ field: "service.channels[1].filingNumberDisplayed", value: true });
  });

  it("is a violation when a website or app does not show the number, with the Art. 19 penalty (mapping unverified)", () => {
    const [, channel] = findingsOf(filingNumberDisplay, subject([{ type: "app", address: "Example Wallet", filingNumberDisplayed: false }]), asOf);
    expect(channel).toMatchObject({ status: "violation", messageId: "notDisplayed" });
    expect(channel!.citations).toEqual([expect.objectContaining(art13)]);
    expect(channel!.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-19"]);
    expect(channel!.penalties?.[0]).toMatchObject({ mappingVerified: false, fineCny: { min: 5_000, max: 30_000 } });
  });

  it("is a violation when the number shown is not the service's own", () => {
    const other = "京网信备11010519322986960019号";
    const [, channel] = findingsOf(filingNumberDisplay, subject([{ type: "website", filingNumberDisplayed: true, displayedFilingNumber: other }]), asOf);
    expect(channel).toMatchObject({ status: "violation", messageId: "displayedDiffers", data: { shown: other, registered: NUMBER } });
  });

  it("ignores spacing and the case of a final x when comparing", () => {
    const registered = "京网信备1101082276223860002X号";
    const [number, channel] = findingsOf(
      filingNumberDisplay,
      subject([{ type: "website", filingNumberDisplayed: true, displayedFilingNumber: "京网信备 1101082276223860002x号" }], { filed: true, number: registered }),
      asOf,
    );
    expect(number!.status).toBe("pass");
    expect(channel).toMatchObject({ status: "pass", messageId: "displayedNumber" });
  });

  it("reports an unusual form only as a risk, stating that the form is inferred", () => {
    const [number] = findingsOf(filingNumberDisplay, subject([], { filed: true, number: "京网信备1101082479238910001号" }), asOf);
    expect(number).toMatchObject({ status: "risk", messageId: "numberFormUnusual" });
    expect(number!.interpretation?.en).toContain("inferred from filing numbers");
    expect(number!.penalties).toBeUndefined();
    const [shown] = findingsOf(filingNumberDisplay, subject([{ type: "website", filingNumberDisplayed: true, displayedFilingNumber: "ICP 12345" }], { filed: true }), asOf);
    expect(shown).toMatchObject({ status: "risk", messageId: "displayedFormUnusual" });
    expect(shown!.interpretation?.en).toContain("No official specification");
  });

  it("reports a province abbreviation other than the operator's province as a risk", () => {
    const [number] = findingsOf(filingNumberDisplay, subject([], { filed: true, number: "浙网信备33010822584102190011号" }), asOf);
    expect(number).toMatchObject({ status: "risk", messageId: "numberProvinceMismatch", data: { abbreviation: "浙", numberProvinceEn: "Zhejiang", operatorProvinceEn: "Beijing" } });
    expect(number!.interpretation?.en).toContain("inferred");
    const [shown] = findingsOf(
      filingNumberDisplay,
      subject([{ type: "app", filingNumberDisplayed: true, displayedFilingNumber: "浙网信备33010822584102190011号" }], { filed: true }),
      asOf,
    );
    expect(shown).toMatchObject({ status: "risk", messageId: "displayedProvinceMismatch" });
  });

  it("treats API channels as not applicable and 'other' channels' breaches as risks", () => {
    const [, api, other] = findingsOf(
      filingNumberDisplay,
      subject([
        { type: "api", address: "https://api.example.cn" },
        { type: "other", address: "WeChat official account", filingNumberDisplayed: false },
      ]),
      asOf,
    );
    expect(api).toMatchObject({ status: "not-applicable", messageId: "apiChannel" });
    expect(other).toMatchObject({ status: "risk", messageId: "notDisplayed" });
    expect(other!.interpretation?.en).toContain("\"and the like\"");
  });

  it("asks for the filing status, the channels and each channel's display", () => {
    expect(findingOf(filingNumberDisplay, { service: { ...inCacScope } }, asOf)).toMatchObject({ status: "needs-info", missingFacts: ["filing.filed"] });
    expect(findingOf(filingNumberDisplay, subject(undefined, { filed: true }), asOf)).toMatchObject({ status: "needs-info", missingFacts: ["service.channels"] });
    expect(findingOf(filingNumberDisplay, subject([], { filed: true }), asOf)).toMatchObject({ status: "needs-info", messageId: "noChannels", missingFacts: ["service.channels"] });
    expect(findingOf(filingNumberDisplay, subject([{ type: "website" }], { filed: true }), asOf)).toMatchObject({
      status: "needs-info",
      missingFacts: ["service.channels[0].filingNumberDisplayed"],
    });
  });

  it("does not compare the province when it is not given, and says so", () => {
    const finding = findingsOf(filingNumberDisplay, { service: { ...inCacScope, channels: [] }, filing: { filed: true, number: NUMBER } }, asOf)[0];
    expect(finding).toMatchObject({ status: "pass", messageId: "numberFormProvinceUnchecked" });
    expect(finding!.message.en).toContain("not compared");
  });

  it("is not applicable when not filed, before the Provisions took effect, and out of scope", () => {
    expect(findingOf(filingNumberDisplay, subject([{ type: "website", filingNumberDisplayed: false }], { filed: false }), asOf)).toMatchObject({
      status: "not-applicable",
      messageId: "notFiled",
    });
    expect(findingOf(filingNumberDisplay, subject([]), "2019-02-01")).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force" });
    const foreign = { service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: false, servesMainlandUsers: false }, filing: { filed: true } };
    expect(findingOf(filingNumberDisplay, foreign, asOf)).toMatchObject({ status: "not-applicable", messageId: "scope-not-in-territory" });
  });

  it("has examples that pass and fail as documented", () => {
    const { asOf: when, pass, fail } = filingNumberDisplay.examples!;
    expect(findingsOf(filingNumberDisplay, pass, when).map((f) => f.status)).toEqual(["pass", "pass"]);
    expect(findingsOf(filingNumberDisplay, fail, when).map((f) => f.status)).toEqual(["pass", "violation"]);
  });
});
