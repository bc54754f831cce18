/** Renders a list counter in a `w:numFmt` (ST_NumberFormat) style. Unknown formats fall back to decimal. */

const CHINESE_DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const CHINESE_UNITS = ["", "十", "百", "千"];
const LEGAL_SIMPLIFIED_DIGITS = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];
const LEGAL_TRADITIONAL_DIGITS = ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"];
const LEGAL_UNITS = ["", "拾", "佰", "仟"];
const HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
const EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

interface IdeographStyle {
  digits: string[];
  units: string[];
  /** Written for an inner run of zeros (一百零一); "" to write nothing (Japanese 百一). */
  zero: string;
  /** Drop the 一 before 十 at the start (十一 rather than 一十一). */
  bareTen: boolean;
  /** Drop the 一 before 十/百/千 everywhere (Japanese: 百, 千). */
  bareUnits: boolean;
}

const CHINESE_COUNTING: IdeographStyle = {
  digits: CHINESE_DIGITS,
  units: CHINESE_UNITS,
  zero: "〇",
  bareTen: true,
  bareUnits: false,
};
const CHINESE_THOUSAND: IdeographStyle = { ...CHINESE_COUNTING, zero: "零" };
const JAPANESE_COUNTING: IdeographStyle = { ...CHINESE_COUNTING, zero: "", bareUnits: true };
const LEGAL_SIMPLIFIED: IdeographStyle = {
  digits: LEGAL_SIMPLIFIED_DIGITS,
  units: LEGAL_UNITS,
  zero: "零",
  bareTen: false,
  bareUnits: false,
};
const LEGAL_TRADITIONAL: IdeographStyle = { ...LEGAL_SIMPLIFIED, digits: LEGAL_TRADITIONAL_DIGITS };

/** 1–9999 in an ideographic counting style. */
function ideographBelowTenThousand(n: number, style: IdeographStyle, leading: boolean): string {
  let out = "";
  let started = false;
  let pendingZero = false;
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10;
    if (d === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) out += style.zero;
    pendingZero = false;
    const bare =
      pos > 0 && d === 1 && (style.bareUnits || (style.bareTen && pos === 1 && !started && leading));
    if (!bare) out += style.digits[d];
    out += style.units[pos];
    started = true;
  }
  return out;
}

function ideograph(n: number, style: IdeographStyle): string {
  if (n === 0) return style.digits[0];
  if (n < 10000) return ideographBelowTenThousand(n, style, true);
  if (n >= 100000000) return String(n);
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  let out = ideographBelowTenThousand(high, style, true) + "万";
  if (low > 0) out += (low < 1000 ? style.zero : "") + ideographBelowTenThousand(low, style, false);
  return out;
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = "";
  for (const [value, symbol] of ROMAN) {
    while (n >= value) {
      out += symbol;
      n -= value;
    }
  }
  return out;
}

/** Word's letters: A…Z, then AA, BB, …, then AAA, … */
function letter(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

/** Enclosed forms exist for 1–20 only; Word writes plain numbers beyond. */
function enclosed(n: number, first: number): string {
  return n >= 1 && n <= 20 ? String.fromCharCode(first + n - 1) : String(n);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "none":
      return "";
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letter(n);
    case "lowerLetter":
      return letter(n).toLowerCase();
    case "ordinal":
      return `${n}${ordinalSuffix(n)}`;
    case "hex":
      return n.toString(16).toUpperCase();
    case "chineseCounting":
    case "taiwaneseCounting":
      return ideograph(n, CHINESE_COUNTING);
    case "chineseCountingThousand":
    case "taiwaneseCountingThousand":
      return ideograph(n, CHINESE_THOUSAND);
    case "japaneseCounting":
      return ideograph(n, JAPANESE_COUNTING);
    case "chineseLegalSimplified":
      return ideograph(n, LEGAL_SIMPLIFIED);
    case "ideographLegalTraditional":
    case "japaneseLegal":
      return ideograph(n, LEGAL_TRADITIONAL);
    case "ideographDigital":
    case "japaneseDigitalTenThousand":
    case "taiwaneseDigital":
      return String(n).replace(/[0-9]/g, (d) => CHINESE_DIGITS[Number(d)]);
    case "ideographTraditional":
      return n >= 1 ? HEAVENLY_STEMS[(n - 1) % 10] : String(n);
    case "ideographZodiac":
      return n >= 1 ? EARTHLY_BRANCHES[(n - 1) % 12] : String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
    case "ideographEnclosedCircle":
      return enclosed(n, 0x2460);
    case "decimalEnclosedParen":
      return enclosed(n, 0x2474);
    case "decimalEnclosedFullstop":
      return enclosed(n, 0x2488);
    default:
      // decimal, decimalHalfWidth, and formats we do not render (cardinalText, …).
      return String(n);
  }
}
