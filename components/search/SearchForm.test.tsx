// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SearchForm } from "./SearchForm";

const facets = {
  categories: [
    { slug: "formation", name: "Formation", count: 3 },
    { slug: "partenariats", name: "Partenariats", count: 0 },
  ],
  years: [
    { year: 2024, count: 2 },
    { year: 2022, count: 1 },
  ],
};

describe("SearchForm", () => {
  it("without a query, offers the query field alone", () => {
    render(<SearchForm q="" facets={null} />);
    const form = screen.getByRole("search", { name: "Rechercher dans les actualités" });
    expect(form.getAttribute("action")).toBe("/recherche");
    expect(form.getAttribute("method")).toBe("get");
    expect(screen.getByRole("searchbox", { name: /Mots-clés/ }).getAttribute("name")).toBe("q");
    expect(screen.queryByRole("combobox")).toBeNull();
    expect(screen.getByRole("button", { name: "Rechercher" }).getAttribute("type")).toBe("submit");
  });

  it("with a query, keeps it and offers filters with their counts, selected ones selected", () => {
    render(<SearchForm q="sécurité" category={{ slug: "formation", name: "Formation" }} annee={2022} facets={facets} />);
    expect((screen.getByRole("searchbox", { name: /Mots-clés/ }) as HTMLInputElement).value).toBe("sécurité");
    const category = screen.getByRole("combobox", { name: "Catégorie" }) as HTMLSelectElement;
    expect(category.name).toBe("categorie");
    expect(Array.from(category.options).map((o) => [o.value, o.text])).toEqual([
      ["", "Toutes"],
      ["formation", "Formation (3)"],
      ["partenariats", "Partenariats (0)"],
    ]);
    expect(category.value).toBe("formation");
    const year = screen.getByRole("combobox", { name: "Année" }) as HTMLSelectElement;
    expect(year.name).toBe("annee");
    expect(year.value).toBe("2022");
  });

  it("keeps a selected filter that gives no result in its options", () => {
    render(<SearchForm q="x" category={{ slug: "international", name: "International" }} annee={2019} facets={facets} />);
    expect((screen.getByRole("combobox", { name: "Catégorie" }) as HTMLSelectElement).value).toBe("international");
    expect(screen.getByRole("option", { name: "International (0)" })).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "Année" }) as HTMLSelectElement).value).toBe("2019");
  });
});
