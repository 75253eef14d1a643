import { describe, expect, it } from "vitest";
import { sitemapFileParam } from "./route-params";

describe("sitemap file parameter", () => {
  it.each([["1.xml", 1], ["12.xml", 12], ["999999.xml", 999_999]])("reads %j as file %d", (file, number) => {
    expect(sitemapFileParam.parse(file)).toBe(number);
  });

  it.each(["0.xml", "01.xml", "1", "1.XML", "1.xml.gz", "-1.xml", "a.xml", "1000000.xml", "1e3.xml"])("refuses %j", (file) => {
    expect(sitemapFileParam.safeParse(file).success).toBe(false);
  });
});
