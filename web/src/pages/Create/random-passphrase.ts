// 32 letters and digits without look-alikes (no 0/O, 1/l/I): a byte's low 5 bits pick one uniformly.
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** 20 characters from Web Crypto, in groups of 5 for reading aloud: 100 bits, "k7xq2-…". */
export function randomPassphrase(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  const chars = [...bytes].map((byte) => ALPHABET[byte & 31]).join("");
  return chars.match(/.{5}/g)?.join("-") ?? chars;
}
