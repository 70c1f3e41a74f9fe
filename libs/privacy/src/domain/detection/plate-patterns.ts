// Licence plate formats, one pattern per family. Letters are matched as printed (upper case) except
// where the shape alone is distinctive enough to accept lower case without flagging ordinary words.
// Boundaries look at Latin letters and digits only: in Korean, Japanese or Chinese text a plate is
// followed by a particle with no space (`HB-AB 123の車`, `AVD-2545차량이`).

const notAlnumBefore = String.raw`(?<![\p{Script=Latin}\d])`;
const notAlnumAfter = String.raw`(?![\p{Script=Latin}\d])`;
const bounded = (body: string, flags = 'gu'): RegExp => new RegExp(`${notAlnumBefore}(?:${body})${notAlnumAfter}`, flags);

// Korea: the syllables actually issued (private, commercial, rental, military), so `12월 3456명` is not a plate.
const koreanSyllable = '[가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주아바사자배하허호육공해국합]';
const koreanRegion = '(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)';
const korean = new RegExp(
  String.raw`(?<!\d)(?:${koreanRegion}[\s\-]?)?\d{2,3}[\s\-]?${koreanSyllable}[\s\-]?\d{4}(?!\d)`,
  'gu',
);

// Japan: region (kanji or kana), class number, one hiragana, four positions (`12-34` or `・123`).
const japanese = new RegExp(
  String.raw`(?:[\p{Script=Han}\p{Script=Hiragana}]{1,4}\s?)?(?<!\d)\d{2,3}\s?\p{Script=Hiragana}\s?(?:\d{2}[- ]?\d{2}|[・･.]{1,3}\d{1,3})(?!\d)`,
  'gu',
);

// Chinese mainland: province character, issuing-office letter, five or six characters.
const chinese = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][\s·•.-]?[A-Z0-9]{5,6}(?![A-Za-z0-9])/giu;

// In lower case only with the dash, which no word carries.
const taiwaneseLowerCase = bounded(String.raw`[a-z]{2,3}-\d{4}|\d{4}-[a-z]{2}|[a-z]{3}-\d{3}|\d{3}-[a-z]{3}`);
// Any lower-case German or Italian shape, but only right after a word that announces a plate.
const plateCue = '(?:Kennzeichen|Fahrzeug|Auto|Wagen|Kfz|plate|vehicle|car|matrícula|vehículo|cotxe|ナンバー|車牌|車輛|차량|번호판)';
const lowerCaseCued = new RegExp(
  String.raw`(?<=${plateCue}:? )(?:[a-zäöü]{1,3}[\s\-][a-z]{1,2}[\s\-]?\d{1,4}[eh]?|[a-z]{2}\s\d{3}\s[a-z]{2})(?![\p{Script=Latin}\d])`,
  'gu',
);
// The dash is often typed as a space (`ABC 1234`).
const taiwanese = bounded(
  String.raw`(?!(?:ISO|DIN|RFC|IEC|JIS|CNS|UNE|KS|EN|NR|NO|TEL|FAX|ART|REF|PIN|SMS|KM|CH|PLZ) )[A-Z]{2,3}[\- ]\d{4}|\d{4}-[A-Z]{2}|[A-Z]{3}-\d{3}|\d{3}-[A-Z]{3}|[A-Z]\d-\d{4}|\d[A-Z]-\d{4}|\d{4}-[A-Z]\d|\d{4}-\d[A-Z]`,
);

// Spain since 2000: four digits and three consonants (no vowels, Ñ or Q); before 2000: province letters.
const spanish = bounded(String.raw`\d{4}[\s\-]?[BCDFGHJKLMNPRSTVWXYZ]{3}`, 'giu');
const spanishProvincial = bounded(String.raw`[A-Z]{1,2}[\s\-]\d{4}[\s\-][A-Z]{1,2}|[a-z]{1,2}-\d{4}-[a-z]{1,2}`);

// Germany: district code, one or two letters, up to four digits, E (electric) or H (historic).
const german = bounded(String.raw`[A-ZÄÖÜ]{1,3}[\s\-][A-Z]{1,2}[\s\-]?\d{1,4}[EH]?`);
// Typed in lower case (`hh-ab 1234`) only with the dash after the district, so `bis zu 30` is no plate;
// with a space only after the codes of the largest cities, which are no German words.
const germanLowerCase = bounded(String.raw`[a-zäöü]{1,3}-[a-z]{1,2}[\s\-]?\d{1,4}[eh]?|(?:hh|hb|hro|hl|ki|dd|do|du|ms|kl|wi|mz)\s[a-z]{1,2}\s?\d{1,4}[eh]?`);

// France (SIV, AB-123-CD) and Italy (AB 123 CD) share one shape.
const frenchItalian = bounded(String.raw`[A-Z]{2}[\s\-]?\d{3}[\s\-]?[A-Z]{2}`);
// In lower case only dashed (`ab-123-cd`), or spaced right after a word that announces a plate, as
// German prose is full of the spaced shape (`um 100 um`).
const frenchItalianLowerCase = bounded(String.raw`[a-z]{2}-\d{3}-[a-z]{2}`);
const frenchDashed = bounded(String.raw`[A-Z]{2}-\d{3}-[A-Z]{2}`, 'giu');

// Netherlands: the sidecodes 1 to 14 (XX-99-99 … 999-XX-9); Belgian and Portuguese plates share some.
const dutchSidecodes = [
  'L{2}-D{2}-D{2}', 'D{2}-D{2}-L{2}', 'D{2}-L{2}-D{2}', 'L{2}-D{2}-L{2}', 'L{2}-L{2}-D{2}', 'D{2}-L{2}-L{2}',
  'D{2}-L{3}-D', 'D-L{3}-D{2}', 'L{2}-D{3}-L', 'L-D{3}-L{2}', 'L{3}-D{2}-L', 'L-D{2}-L{3}', 'D-L{2}-D{3}', 'D{3}-L{2}-D',
  'D-L{3}-D{3}',
];
const dutch = bounded(
  dutchSidecodes.map((code) => code.replace(/L/g, '[A-Z]').replace(/D/g, String.raw`\d`)).join('|'),
  'giu',
);

/** Every plate pattern the plate detector runs. */
export const platePatterns: readonly RegExp[] = [
  korean, japanese, chinese, taiwanese, spanish, spanishProvincial, german, germanLowerCase, lowerCaseCued, taiwaneseLowerCase, frenchItalian, frenchItalianLowerCase, frenchDashed, dutch,
];
