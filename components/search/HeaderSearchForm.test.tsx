// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SiteHeader } from "@/components/layout/SiteHeader";

vi.mock("next/navigation", () => ({ usePathname: () => "/" }));

describe("the header's search box", () => {
  it("is a labelled field in a plain GET form with a submit button", () => {
    render(<SiteHeader siteName="École nationale supérieure de la police" tagline="" ministry="" />);
    const landmark = screen.getByRole("search");
    const input = within(landmark).getByRole("searchbox", { name: "Rechercher" });
    expect(input.getAttribute("name")).toBe("q");
    const form = input.closest("form")!;
    expect(form.getAttribute("action")).toBe("/recherche");
    expect(form.getAttribute("method")).toBe("get");
    const submit = within(form).getByRole("button", { name: "Rechercher" });
    expect(submit.getAttribute("type")).toBe("submit");
  });
});
