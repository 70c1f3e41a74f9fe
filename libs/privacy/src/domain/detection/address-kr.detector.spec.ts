import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('Korean addresses', () => {
  it.each([
    ["인천광역시 연수구 인하로 100에서 사고", "인천광역시 연수구 인하로 100"],
    ["경인로229번길 12", "경인로229번길 12"],
    ["상무대로 1102-3", "상무대로 1102-3"],
    ["송도동 123-4번지 앞", "송도동 123-4번지"],
    ["치평동 1200번지", "치평동 1200번지"],
    ["광주광역시 서구 치평동 12-3", "광주광역시 서구 치평동 12-3"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['address-kr', value]);
  });

  it.each([
    "고속도로 3km 지점",
    "도로 2차선 정체",
    "이동하다 3시 방향",
    "차로 1 막힘",
    "정지선 앞 5명",
    "오전 10시 30분",
  ])('finds no address-kr in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'address-kr')).toEqual([]);
  });
});
