// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { referenceSites } from "@/tests/fixtures/public-sites";
import { ContactSites } from "./ContactSites";

const sites = referenceSites;

describe("ContactSites", () => {
  it("renders the 'Nous contacter' block with both sites as on the school's letterhead", () => {
    render(<ContactSites sites={sites} schoolName="École nationale supérieure de la police" />);
    const block = screen.getByRole("complementary", { name: "Nous contacter" });
    expect(within(block).getByText("École nationale supérieure de la police")).toBeTruthy();
    const [first, second] = block.querySelectorAll("address");
    expect([...first!.querySelectorAll("span")].map((s) => s.textContent)).toEqual([
      "9, rue Carnot",
      "69450 SAINT-CYR-AU-MONT-D'OR",
      "Tél. : 04 72 53 18 50",
    ]);
    expect(second!.textContent).toContain("BP 50097 - 77875 MONTEREAU Cedex");
    expect(within(block).getByRole("link", { name: "01 64 69 35 00" }).getAttribute("href")).toBe("tel:+33164693500");
    expect(within(block).getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(sites.map((s) => s.name));
  });
});
