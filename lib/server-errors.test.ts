import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { installConsoleErrorFilter, logRequestError } from "./server-errors";

describe("server errors are logged once, as one JSON line with the request id", () => {
  let lines: string[];
  const originalConsoleError = console.error;

  beforeEach(() => {
    lines = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    vi.useFakeTimers();
    installConsoleErrorFilter();
  });

  afterEach(() => {
    console.error = originalConsoleError;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const request = { path: "/actualites/x", method: "GET", headers: { "x-request-id": "req-123" } };
  const context = { routePath: "/actualites/[slug]", routeType: "render", renderSource: "react-server-components" };

  it("drops Next's own print of an error that onRequestError then reports with its request", () => {
    const error = Object.assign(new Error("la base ne répond pas"), { digest: "2403235125" });
    console.error("⨯", error);
    logRequestError(error, request, context);
    vi.advanceTimersByTime(5_000);
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      level: "error",
      event: "request_error",
      requestId: "req-123",
      method: "GET",
      path: "/actualites/x",
      route: "/actualites/[slug]",
      message: "la base ne répond pas",
      digest: "2403235125",
    });
    expect(lines[0]!.trim().split("\n")).toHaveLength(1);
  });

  it("still logs, once, an error Next prints but never reports", () => {
    console.error("⨯", new Error("orpheline"));
    expect(lines).toHaveLength(0);
    vi.advanceTimersByTime(5_000);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ event: "server_error", message: "orpheline" });
  });

  it("leaves every other console.error alone", () => {
    const passThrough = vi.fn();
    console.error = passThrough;
    installConsoleErrorFilter();
    console.error("autre chose", 1);
    expect(passThrough).toHaveBeenCalledWith("autre chose", 1);
  });
});
