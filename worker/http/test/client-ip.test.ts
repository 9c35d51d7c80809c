import { describe, expect, it } from "vitest";
import { addressKeyOf } from "../client-ip";

describe("addressKeyOf: the key every per-address limit and lock counts", () => {
  it("keeps IPv4 addresses whole", () => {
    expect(addressKeyOf("203.0.113.9")).toBe("203.0.113.9");
  });

  it("counts an IPv6 address by its /64, however it is written", () => {
    const key = "2001:db8:aa:bb::/64";
    for (const ip of [
      "2001:db8:aa:bb::1",
      "2001:0db8:00aa:00bb:ffff:ffff:ffff:ffff",
      "2001:DB8:AA:BB:1:2:3:4",
      "[2001:db8:aa:bb::42]",
      "2001:db8:aa:bb::7%eth0",
      "2001:db8:aa:bb:1::192.0.2.1",
    ]) {
      expect(addressKeyOf(ip)).toBe(key);
    }
    expect(addressKeyOf("2001:db8:aa:bc::1")).not.toBe(key);
    expect(addressKeyOf("::1")).toBe("0:0:0:0::/64");
  });

  it("treats IPv4-mapped IPv6 as the IPv4 address it is", () => {
    expect(addressKeyOf("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(addressKeyOf("::ffff:c633:6407")).toBe("198.51.100.7");
  });

  it("passes through what is not an address, so nothing throws on a strange header", () => {
    expect(addressKeyOf("unknown")).toBe("unknown");
    expect(addressKeyOf("1:2:3")).toBe("1:2:3");
    expect(addressKeyOf("1::2::3")).toBe("1::2::3");
  });
});
