// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Breadcrumb } from "./Breadcrumb";

describe("Breadcrumb", () => {
  it("shows 'Vous êtes dans :' and marks the current page", () => {
    render(
      <Breadcrumb
        segments={[
          { label: "Accueil", href: "/" },
          { label: "Actualités", href: "/actualites" },
        ]}
        current="Un titre"
      />,
    );
    const nav = screen.getByRole("navigation", { name: "Vous êtes dans :" });
    expect(within(nav).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Accueil", "Actualités", "Un titre"]);
    expect(within(nav).getByRole("link", { name: "Actualités" }).getAttribute("href")).toBe("/actualites");
    expect(within(nav).getByText("Un titre").getAttribute("aria-current")).toBe("page");
  });
});
