// This file is the one place federation's cross-border proofs reach into the privacy context: the leak proof
// needs privacy's identifier corpus and leak guard, and federation's MirrorMaker 2, in one test. Contexts never
// import each other in production; a spec-only fixture that measures one against the other is the exception
// (module boundaries are switched off for this one file in eslint.config.mjs).
import type { LeakGuard } from '@usm/privacy';
import { createLeakGuard } from '@usm/privacy';
import { generateIdentifierCorpus } from '@usm/privacy/testing';

/** One identifier to plant: `text` as written in a report (cue words, honorifics), `value` what must never cross. */
export interface PlantedIdentifier {
  readonly kind: string;
  readonly text: string;
  readonly value: string;
}

const written = (kind: string, text: string, value = text): PlantedIdentifier => ({ kind, text, value });

/** The issue's own examples, verbatim, and more of the same kinds in the mesh's five countries and seven languages. */
const handWritten: readonly PlantedIdentifier[] = [
  written('name', '歩行者のMarc García Puigさん', 'Marc García Puig'),
  written('name', 'Die Fußgängerin 한서윤', '한서윤'),
  written('name', 'Anwohner 黃佩珊', '黃佩珊'),
  written('name', '신고자 김민준 씨', '김민준'),
  written('name', '通報者の山田太郎様', '山田太郎'),
  written('name', '王小明先生', '王小明'),
  written('name', 'la Sra. Montserrat Vilaró i Soler', 'Montserrat Vilaró i Soler'),
  written('name', 'Herr Jürgen Böttcher', 'Jürgen Böttcher'),
  written('name', 'witness Eleanor Whitfield', 'Eleanor Whitfield'),
  written('address', 'Jungfernstieg 102'),
  written('address', 'Carrer de Mallorca 139, 4t 2a'),
  written('address', '大阪市北区曽根崎1丁目19-13'),
  written('address', '高雄市左營區自由二路296號10樓'),
  written('address', '인천광역시 남동구 예술로 152번길 12'),
  written('address', '인천 연수구 송도동 24-5번지'),
  written('passport', '여권번호 M58739744', 'M58739744'),
  written('passport', 'Reisepass M98608460', 'M98608460'),
  written('passport', '旅券番号 TK7043958', 'TK7043958'),
  written('passport', 'pasaporte PAB482913', 'PAB482913'),
  written('national-id', 'DNI 12345678Z', '12345678Z'),
  written('national-id', 'NIE X1234567L', 'X1234567L'),
  written('national-id', '身分證 A123456789', 'A123456789'),
  written('national-id', 'マイナンバー 123456789018', '123456789018'),
  written('rrn', '주민등록번호 900101-1234567', '900101-1234567'),
  written('rrn', '외국인등록번호 900101-5234567', '900101-5234567'),
  written('driver-licence', '운전면허 11-12-345678-90', '11-12-345678-90'),
  written('iban', 'IBAN DE89 3704 0044 0532 0130 00', 'DE89 3704 0044 0532 0130 00'),
  written('iban', 'IBAN ES91 2100 0418 4502 0005 1332', 'ES91 2100 0418 4502 0005 1332'),
  written('phone', '010  1234  5678', '010  1234  5678'),
  written('phone', '090(1234)5678'),
  written('phone', '+34 612 345 678'),
  written('phone', '+49 151 23456789'),
  written('phone', '0912-345-678'),
  written('plate', 'hh-ab 1234'),
  written('plate', '12가 3456'),
  written('email', 'hong.gildong@example.kr'),
];

/**
 * The identifiers the cross-border leak proof plants: the hand-written list above plus `perKind` generated
 * ones of every kind of the privacy corpus. Switch the generated part to the richer multilingual corpus here,
 * and only here, when it lands.
 */
export function crossBorderCorpus(seed: number, perKind = 3): readonly PlantedIdentifier[] {
  const generated = generateIdentifierCorpus(seed, perKind).map((identifier) => written(identifier.kind, identifier.value));
  return [...handWritten, ...generated];
}

/**
 * Which planted values (by index, never the value) some bytes contain: the privacy leak guard, which also finds a
 * value in another case or spacing, united with an exact byte search, which finds a value the guard's word
 * boundaries miss (a Latin name glued to Japanese, as in 歩行者のMarc García Puigさん).
 */
export function plantedMatcher(planted: readonly PlantedIdentifier[]): (bytes: Buffer) => number[] {
  const guard: LeakGuard = createLeakGuard(planted.map((identifier) => identifier.value));
  const exact = planted.map((identifier) => Buffer.from(identifier.value, 'utf8'));
  return (bytes) => {
    const found = new Set(guard.scan(bytes).map((hit) => hit.identifierIndex));
    exact.forEach((value, index) => {
      if (bytes.includes(value)) found.add(index);
    });
    return [...found];
  };
}
