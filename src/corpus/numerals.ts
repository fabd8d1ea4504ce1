const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** A number from 1 to 99 in Chinese numerals, as article numbers are written: 11 → 十一, 24 → 二十四. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral: expected an integer from 1 to 99, got ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? "" : tens === 1 ? "十" : `${DIGITS[tens]}十`;
  return tensPart + (ones === 0 ? "" : DIGITS[ones]);
}
