import { describe, expect, it } from "vitest";
import type { ArticleSource, InstrumentSource, ParagraphSource } from "../src/corpus/types.js";
import {
  cac2019,
  cacFilingBatches,
  corpus,
  filingNumberPattern,
  ico2017,
  ico2017Rectification,
  nifa2017,
  observedFilingNumbers,
  pboc2013,
  pboc2021,
  provinceAbbreviations,
} from "../seeds/index.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isValidDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function article(inst: InstrumentSource, n: number): ArticleSource {
  const a = inst.articles.find((x) => x.number === n);
  if (!a) throw new Error(`${inst.id}: no article ${n}`);
  return a;
}

function paragraph(inst: InstrumentSource, art: number, n: number): ParagraphSource {
  const p = article(inst, art).paragraphs.find((x) => x.number === n);
  if (!p) throw new Error(`${inst.id}: no paragraph ${art}/${n}`);
  return p;
}

function allParagraphs(inst: InstrumentSource): { art: number; p: ParagraphSource }[] {
  return inst.articles.flatMap((a) => a.paragraphs.map((p) => ({ art: a.number, p })));
}

/** Every Chinese string that is presented as the instrument's own text. */
function statuteZh(inst: InstrumentSource): { where: string; zh: string }[] {
  const out: { where: string; zh: string }[] = [];
  for (const a of inst.articles) {
    if (a.heading.zh !== undefined) out.push({ where: `${inst.id} ${a.number} heading`, zh: a.heading.zh });
    for (const p of a.paragraphs) {
      if (p.zh !== null) out.push({ where: `${inst.id} ${a.number}/${p.number}`, zh: p.zh });
      for (const item of p.items ?? []) {
        if (item.zh !== null) out.push({ where: `${inst.id} ${a.number}/${p.number}/${item.number}`, zh: item.zh });
      }
    }
  }
  return out;
}

describe("corpus: structure", () => {
  it("holds every instrument once, with unique ids", () => {
    const ids = corpus.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(["cac-2019", "ico-2017", "ico-2017-rectification", "nifa-2017", "pboc-2013", "pboc-2021"]),
    );
    expect(corpus).toContain(cac2019);
    expect(corpus).toContain(ico2017);
    expect(corpus).toContain(ico2017Rectification);
    expect(corpus).toContain(nifa2017);
    expect(corpus).toContain(pboc2013);
    expect(corpus).toContain(pboc2021);
  });

  it.each(corpus.map((i) => [i.id, i] as const))("%s: ids of penalties are unique and prefixed", (id, inst) => {
    const pids = inst.penalties.map((p) => p.id);
    expect(new Set(pids).size).toBe(pids.length);
    for (const pid of pids) expect(pid.startsWith(`${id}/`)).toBe(true);
  });

  it.each(corpus.map((i) => [i.id, i] as const))("%s: articles strictly increasing from 1, paragraphs 1..n", (_id, inst) => {
    const nums = inst.articles.map((a) => a.number);
    for (const n of nums) expect(Number.isInteger(n) && n >= 1).toBe(true);
    for (let i = 1; i < nums.length; i++) expect(nums[i]!).toBeGreaterThan(nums[i - 1]!);
    for (const a of inst.articles) {
      expect(a.paragraphs.length).toBeGreaterThan(0);
      expect(a.paragraphs.map((p) => p.number)).toEqual(a.paragraphs.map((_, i) => i + 1));
      for (const p of a.paragraphs) {
        if (p.items) expect(p.items.map((x) => x.number)).toEqual(p.items.map((_, i) => i + 1));
      }
    }
  });

  it("cac-2019 has 24 articles numbered 1..24 without gaps", () => {
    expect(cac2019.articles.map((a) => a.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it("ico-2017 has sections 1..6 without gaps; §六 is unverified", () => {
    expect(ico2017.articles.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(article(ico2017, 6).numberVerified).toBe(false);
    expect(article(ico2017, 6).paragraphs.every((p) => p.textStatus === "unverified")).toBe(true);
  });

  it.each(corpus.map((i) => [i.id, i] as const))("%s: dates are valid YYYY-MM-DD and in order", (_id, inst) => {
    expect(isValidDate(inst.issued)).toBe(true);
    expect(isValidDate(inst.effective)).toBe(true);
    if (inst.repealed !== undefined) expect(isValidDate(inst.repealed)).toBe(true);
    expect(inst.effective >= inst.issued).toBe(true);
  });

  it.each(corpus.map((i) => [i.id, i] as const))("%s: every instrument has a note and titles", (_id, inst) => {
    expect(inst.note.length).toBeGreaterThan(0);
    expect(inst.title.zh.length).toBeGreaterThan(0);
    expect(inst.title.en.length).toBeGreaterThan(0);
    expect(inst.issuers.length).toBeGreaterThan(0);
  });
});

describe("corpus: text status and Chinese text", () => {
  it.each(corpus.map((i) => [i.id, i] as const))("%s: zh present exactly when the status allows it", (_id, inst) => {
    for (const { art, p } of allParagraphs(inst)) {
      const where = `${inst.id} ${art}/${p.number}`;
      expect(p.en.trim().length, where).toBeGreaterThan(0);
      if (p.textStatus === "verified" || p.textStatus === "one-copy") {
        expect(p.zh, where).not.toBeNull();
        expect((p.zh ?? "").trim().length, where).toBeGreaterThan(0);
      } else {
        expect(p.zh, where).toBeNull();
      }
      for (const item of p.items ?? []) {
        if (item.textStatus === "verified" || item.textStatus === "one-copy") expect(item.zh).not.toBeNull();
        else expect(item.zh).toBeNull();
      }
    }
  });

  it.each(corpus.map((i) => [i.id, i] as const))("%s: Chinese headings carry a status; unverified ones have none", (_id, inst) => {
    for (const a of inst.articles) {
      if (a.heading.zh !== undefined) {
        expect(a.heading.zhStatus === "verified" || a.heading.zhStatus === "one-copy").toBe(true);
      }
    }
  });

  it.each(corpus.map((i) => [i.id, i] as const))("%s: zh has full-width punctuation (no ASCII , ; : ( ))", (_id, inst) => {
    for (const { where, zh } of statuteZh(inst)) expect(zh, where).not.toMatch(/[,;:()]/);
    for (const pen of inst.penalties) expect(pen.measures.zh, pen.id).not.toMatch(/[,;:()]/);
  });

  it("instruments without any copy of their wording carry no statute zh", () => {
    for (const inst of [ico2017Rectification, nifa2017, pboc2013, pboc2021]) {
      expect(statuteZh(inst)).toEqual([]);
    }
  });
});

describe("corpus: penalties", () => {
  it.each(corpus.map((i) => [i.id, i] as const))("%s: penalties reference existing articles and paragraphs", (_id, inst) => {
    for (const pen of inst.penalties) {
      const a = article(inst, pen.article);
      if (pen.paragraph !== undefined) expect(a.paragraphs.some((p) => p.number === pen.paragraph)).toBe(true);
      expect(pen.appliesTo.length).toBeGreaterThan(0);
      for (const t of pen.appliesTo) {
        const target = article(inst, t.article);
        if (t.paragraph !== undefined) expect(target.paragraphs.some((p) => p.number === t.paragraph), `${pen.id} → ${t.article}/${t.paragraph}`).toBe(true);
      }
      if (pen.fineCny) {
        expect(pen.fineCny.min).toBeGreaterThan(0);
        expect(pen.fineCny.max).toBeGreaterThanOrEqual(pen.fineCny.min);
      }
      expect(pen.id).toBe(`${inst.id}/art-${pen.article}`);
    }
  });

  it("cac-2019 penalties follow the research's penalty mapping", () => {
    const byId = new Map(cac2019.penalties.map((p) => [p.id, p]));
    expect([...byId.keys()].sort()).toEqual(["cac-2019/art-19", "cac-2019/art-20", "cac-2019/art-21", "cac-2019/art-22"]);

    const p22 = byId.get("cac-2019/art-22")!;
    expect(p22.appliesTo).toEqual([{ article: 11, paragraph: 1 }]);
    expect(p22.fineCny).toEqual({ min: 10000, max: 30000 });
    expect(p22.mappingVerified).toBe(true);
    expect(p22.textStatus).toBe("one-copy");

    const p21 = byId.get("cac-2019/art-21")!;
    expect(p21.appliesTo).toEqual([{ article: 10 }]);
    expect(p21.fineCny).toEqual({ min: 20000, max: 30000 });
    expect(p21.textStatus).toBe("substance-only");

    const p19 = byId.get("cac-2019/art-19")!;
    expect(p19.appliesTo).toEqual([
      { article: 5 },
      { article: 6 },
      { article: 7 },
      { article: 9 },
      { article: 11, paragraph: 2 },
      { article: 13 },
      { article: 15 },
      { article: 17 },
      { article: 18 },
    ]);
    expect(p19.fineCny).toEqual({ min: 5000, max: 30000 });
    expect(p19.mappingVerified).toBe(false);
    expect(p19.textStatus).toBe("substance-only");

    const p20 = byId.get("cac-2019/art-20")!;
    expect(p20.appliesTo).toEqual([{ article: 8 }, { article: 16 }]);
    expect(p20.fineCny).toBeUndefined();
    expect(p20.mappingVerified).toBe(false);
    expect(p20.textStatus).toBe("unverified");
  });

  it("Art 11 ¶3 is covered by no penalty (unknown)", () => {
    const covered = cac2019.penalties.flatMap((p) => p.appliesTo);
    expect(covered.some((t) => t.article === 11 && t.paragraph === 3)).toBe(false);
  });

  it("instruments without a fine schedule have no penalties", () => {
    for (const inst of [ico2017, ico2017Rectification, nifa2017, pboc2013, pboc2021]) expect(inst.penalties).toEqual([]);
  });
});

describe("cac-2019: metadata and markers", () => {
  it("has the decree's metadata", () => {
    expect(cac2019.title.zh).toBe("区块链信息服务管理规定");
    expect(cac2019.documentNumber).toBe("国家互联网信息办公室令第3号");
    expect(cac2019.issued).toBe("2019-01-10");
    expect(cac2019.effective).toBe("2019-02-15");
    expect(cac2019.binding).toBe(true);
    expect(cac2019.numbering).toBe("articles");
    expect(cac2019.officialSource).toBe("http://www.cac.gov.cn/2019-01/10/c_1123971164.htm");
    expect(cac2019.note).toMatch(/secondary/);
  });

  it("flags the article numbers the research could not confirm", () => {
    for (const n of [17, 18, 20, 23]) expect(article(cac2019, n).numberVerified, `Art ${n}`).toBe(false);
    for (const n of [1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 21, 22]) {
      expect(article(cac2019, n).numberVerified, `Art ${n}`).toBe(true);
    }
  });

  it("uses the file's markers per paragraph", () => {
    const status = (a: number, p = 1) => paragraph(cac2019, a, p).textStatus;
    expect(status(1)).toBe("verified");
    expect([status(2, 1), status(2, 2), status(2, 3)]).toEqual(["verified", "verified", "one-copy"]);
    for (const a of [3, 4, 5, 8, 10, 13, 14, 15, 16, 22]) expect(status(a), `Art ${a}`).toBe("one-copy");
    for (const a of [9, 12]) expect(status(a), `Art ${a}`).toBe("verified");
    expect(article(cac2019, 11).paragraphs.map((p) => p.textStatus)).toEqual(["verified", "verified", "verified"]);
    for (const a of [6, 7, 17, 19, 21, 24]) expect(status(a), `Art ${a}`).toBe("substance-only");
    expect(article(cac2019, 18).paragraphs.map((p) => p.textStatus)).toEqual(["substance-only", "substance-only"]);
    for (const a of [20, 23]) expect(status(a), `Art ${a}`).toBe("unverified");
  });

  it("Art 8 starts mid-sentence: the unverified opening clause is not in zh", () => {
    const p = paragraph(cac2019, 8, 1);
    expect(p.zh).toBe(
      "……对区块链信息服务使用者进行基于组织机构代码、身份证件号码或者移动电话号码等方式的真实身份信息认证。用户不进行真实身份信息认证的，区块链信息服务提供者不得为其提供相关服务。",
    );
    expect(p.zh).not.toContain("网络安全法");
    expect(p.note).toMatch(/opening clause/i);
    expect(p.note).toMatch(/UNVERIFIED/);
  });

  it("Art 18's split into two paragraphs is flagged as unverified", () => {
    expect(article(cac2019, 18).paragraphs).toHaveLength(2);
    expect(article(cac2019, 18).note).toMatch(/UNVERIFIED/);
  });

  it("Art 1 exact text", () => {
    expect(paragraph(cac2019, 1, 1).zh).toBe(
      "为了规范区块链信息服务活动，维护国家安全和社会公共利益，保护公民、法人和其他组织的合法权益，促进区块链技术及相关服务的健康发展，根据《中华人民共和国网络安全法》《互联网信息服务管理办法》和《国务院关于授权国家互联网信息办公室负责互联网信息内容管理工作的通知》，制定本规定。",
    );
  });

  it("Art 9 exact text", () => {
    expect(paragraph(cac2019, 9, 1).zh).toBe(
      "区块链信息服务提供者开发上线新产品、新应用、新功能的，应当按照有关规定报国家和省、自治区、直辖市互联网信息办公室进行安全评估。",
    );
  });

  it("Art 11 exact text, three paragraphs", () => {
    expect(article(cac2019, 11).paragraphs).toHaveLength(3);
    const p1 = paragraph(cac2019, 11, 1).zh ?? "";
    expect(p1.startsWith("区块链信息服务提供者应当在提供服务之日起十个工作日内")).toBe(true);
    expect(p1).toBe(
      "区块链信息服务提供者应当在提供服务之日起十个工作日内通过国家互联网信息办公室区块链信息服务备案管理系统填报服务提供者的名称、服务类别、服务形式、应用领域、服务器地址等信息，履行备案手续。",
    );
    expect(paragraph(cac2019, 11, 2).zh).toBe(
      "区块链信息服务提供者变更服务项目、平台网址等事项的，应当在变更之日起五个工作日内办理变更手续。",
    );
    expect(paragraph(cac2019, 11, 3).zh).toBe(
      "区块链信息服务提供者终止服务的，应当在终止服务三十个工作日前办理注销手续，并作出妥善安排。",
    );
  });

  it("Art 13 and Art 22 exact text", () => {
    expect(paragraph(cac2019, 13, 1).zh).toBe(
      "完成备案的区块链信息服务提供者应当在其对外提供服务的互联网站、应用程序等的显著位置标明其备案编号。",
    );
    expect(paragraph(cac2019, 22, 1).zh).toBe(
      "区块链信息服务提供者违反本规定第十一条第一款的规定，未按照本规定履行备案手续或者填报虚假备案信息的，由国家和省、自治区、直辖市互联网信息办公室依据职责责令限期改正；拒不改正或者情节严重的，给予警告，并处一万元以上三万元以下罚款。",
    );
  });

  it("zh never includes an article label (第…条) of its own article", () => {
    for (const { where, zh } of statuteZh(cac2019)) expect(zh, where).not.toMatch(/^第[一二三四五六七八九十]+条/);
  });
});

describe("ico-2017: metadata and markers", () => {
  it("has the announcement's metadata", () => {
    expect(ico2017.numbering).toBe("sections");
    expect(ico2017.issuers.map((i) => i.zh)).toEqual(["中国人民银行", "中央网信办", "工业和信息化部", "工商总局", "银监会", "证监会", "保监会"]);
    expect(ico2017.effective).toBe("2017-09-04");
    expect(ico2017.documentNumber).toBeNull();
    expect(ico2017.binding).toBe(true);
    expect(ico2017.note).toMatch(/preamble/i);
  });

  it("uses the file's markers", () => {
    expect(article(ico2017, 1).paragraphs.map((p) => p.textStatus)).toEqual(["verified", "verified"]);
    expect(article(ico2017, 2).heading).toMatchObject({ zh: "任何组织和个人不得非法从事代币发行融资活动", zhStatus: "verified" });
    expect(paragraph(ico2017, 2, 1).textStatus).toBe("verified");
    expect(article(ico2017, 3).paragraphs.map((p) => p.textStatus)).toEqual(["substance-only", "substance-only"]);
    expect(article(ico2017, 3).heading.zh).toBeUndefined();
    expect(paragraph(ico2017, 4, 1).textStatus).toBe("substance-only");
    expect(paragraph(ico2017, 5, 1).textStatus).toBe("substance-only");
  });

  it("§二 ¶1 exact text", () => {
    expect(paragraph(ico2017, 2, 1).zh).toBe(
      "本公告发布之日起，各类代币发行融资活动应当立即停止。已完成代币发行融资的组织和个人应当做出清退等安排，合理保护投资者权益，妥善处置风险。有关部门将依法严肃查处拒不停止的代币发行融资活动以及已完成的代币发行融资项目中的违法违规行为。",
    );
  });

  it("§一 ¶2 exact text", () => {
    expect(paragraph(ico2017, 1, 2).zh).toBe(
      "代币发行融资中使用的代币或“虚拟货币”不由货币当局发行，不具有法偿性与强制性等货币属性，不具有与货币等同的法律地位，不能也不应作为货币在市场上流通使用。",
    );
  });
});

describe("other instruments", () => {
  it("NIFA's alert is context only", () => {
    expect(nifa2017.binding).toBe(false);
    expect(nifa2017.issued).toBe("2017-08-30");
  });

  it("document numbers", () => {
    expect(ico2017Rectification.documentNumber).toBe("整治办函〔2017〕99号");
    expect(pboc2013.documentNumber).toBe("银发〔2013〕289号");
    expect(pboc2021.documentNumber).toBe("银发〔2021〕237号");
    expect(pboc2021.issuers).toHaveLength(10);
    expect(pboc2013.issuers).toHaveLength(5);
  });

  it("pboc-2021 sections keep the notice's own numbers", () => {
    expect(pboc2021.articles.map((a) => a.number)).toEqual([1, 2, 3, 4, 6, 9]);
    expect(pboc2021.articles.filter((a) => a.numberVerified).map((a) => a.number)).toEqual([2, 6, 9]);
  });
});

describe("filing batches and filing numbers", () => {
  it("batches 1–4 with the research's dates and counts", () => {
    expect(cacFilingBatches.map((b) => [b.batch, b.published, b.count, b.verified])).toEqual([
      [1, "2019-03-30", 197, true],
      [2, "2019-10-18", 309, true],
      [3, "2020-04-24", 244, false],
      [4, "2020-10-30", 285, false],
    ]);
    for (const b of cacFilingBatches) {
      expect(isValidDate(b.published)).toBe(true);
      expect(b.sources.length).toBeGreaterThan(0);
    }
    expect(cacFilingBatches.find((b) => b.batch === 3)?.note).toMatch(/1,015/);
  });

  it("31 province abbreviations, unique, kebab-case ids", () => {
    expect(provinceAbbreviations).toHaveLength(31);
    expect(new Set(provinceAbbreviations.map((p) => p.abbreviation)).size).toBe(31);
    expect(new Set(provinceAbbreviations.map((p) => p.id)).size).toBe(31);
    expect(new Set(provinceAbbreviations.map((p) => p.divisionCode)).size).toBe(31);
    for (const p of provinceAbbreviations) {
      expect([...p.abbreviation]).toHaveLength(1);
      expect(p.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(p.divisionCode).toMatch(/^\d{2}$/);
    }
    expect(provinceAbbreviations.find((p) => p.abbreviation === "蒙")?.id).toBe("inner-mongolia");
  });

  it("the inferred pattern accepts the observed numbers and rejects near misses", () => {
    for (const n of observedFilingNumbers) expect(filingNumberPattern.test(n), n).toBe(true);
    expect(filingNumberPattern.test("京网信备1101082479238910001号")).toBe(false); // 19 chars: an algorithm filing
    expect(filingNumberPattern.test("港网信备11010519864491550014号")).toBe(false);
    expect(filingNumberPattern.test("京网信备1101051986449155001Y号")).toBe(false);
  });

  it("observed numbers open with the division code of their province", () => {
    for (const n of observedFilingNumbers) {
      const prov = provinceAbbreviations.find((p) => p.abbreviation === n[0]);
      expect(prov, n).toBeDefined();
      expect(n.slice(4, 6)).toBe(prov!.divisionCode);
    }
  });
});

describe("preambles", () => {
  it("keeps the ICO Announcement's verified preamble as text of its own, not a section", () => {
    const preamble = ico2017.preamble!;
    expect(preamble.textStatus).toBe("verified");
    expect(preamble.zh).toMatch(/^近期，国内通过发行代币形式包括首次代币发行（ICO）进行融资的活动大量涌现/);
    expect(preamble.zh).toMatch(/现将有关事项公告如下：$/);
    expect(preamble.zh).not.toMatch(/[,;:()]/);
    expect(ico2017.articles.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
