import { describe, expect, it } from "vitest";
import { institutionServices } from "../../../rules/ico-2017/institution-services.js";
import { parseSubject } from "../../../src/index.js";

const read = (input: unknown, asOf = "2018-01-01") => institutionServices(parseSubject(input), "2017-09-04", asOf);

describe("institutionServices", () => {
  it("asks for the institution type, then whether it serves token businesses", () => {
    expect(read({})).toMatchObject({ kind: "needs-info", missing: [["operator", "institutionType"]] });
    expect(read({ operator: { institutionType: "bank" } })).toMatchObject({ kind: "needs-info", missing: [["token", "financialServices", "servesTokenBusinesses"]] });
  });

  it("is out of the institutions' duty for an operator that is not one", () => {
    expect(read({ operator: { institutionType: "none" } })).toEqual({ kind: "not-institution", evidence: [["operator", "institutionType"]] });
  });

  it("treats a listed service as serving, and places it in time, naming the services in both languages", () => {
    const result = read({ operator: { institutionType: "non-bank-payment" }, token: { financialServices: { services: ["settlement", "clearing"], startDate: "2017-06-01" } } });
    expect(result).toMatchObject({
      kind: "on-or-after",
      data: { institution: "a non-bank payment institution", services: "settlement, clearing", servicesZh: "结算、清算", end: "now" },
    });
    const stopped = read({ operator: { institutionType: "bank" }, token: { financialServices: { servesTokenBusinesses: true, startDate: "2017-06-01", endDate: "2017-08-31" } } });
    expect(stopped.kind).toBe("stopped-before");
    expect(read({ operator: { institutionType: "bank" }, token: { financialServices: { servesTokenBusinesses: false } } }).kind).toBe("no-services");
  });
});
