import { describe, expect, it } from "vitest";
import { accountKey, addressKey } from "./throttle";

describe("throttle keys", () => {
  it("normalise an address's case and spaces", () => {
    expect(accountKey("  Agent@Ecole.example ")).toBe("account:agent@ecole.example");
  });

  it("group an IPv6 client by its /64 and keep IPv4 whole", () => {
    expect(addressKey("198.51.100.7")).toBe("ip:198.51.100.7");
    expect(addressKey("2001:db8:1:2::1")).toBe("ip:2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002:ffff:0:0:1")).toBe("ip:2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("ip:2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("ip:0:0:0:0::/64");
  });
});
