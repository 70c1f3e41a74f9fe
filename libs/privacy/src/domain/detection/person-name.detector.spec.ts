import { detectIdentifiers } from './detect-identifiers';

const found = (text: string): string[][] => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('personal names', () => {
  it.each([
    ["歩行者のMarc García Puigさん", "Marc García Puig"],
    ["Die Fußgängerin 한서윤", "한서윤"],
    ["Anwohner 黃佩珊", "黃佩珊"],
    ["太郎さんが通報", "太郎"],
    ["山田太郎が見た", "山田太郎"],
    ["田中 裕子", "田中 裕子"],
    ["Kim Min-su", "Kim Min-su"],
    ["Park Jihoon saw it", "Park Jihoon"],
    ["witness Min-su Kim", "Min-su Kim"],
    ["김민수가 다쳤다", "김민수"],
    ["신고자 김민수가 전화", "김민수"],
    ["김민수 씨", "김민수"],
    ["報案人陳怡君表示", "陳怡君"],
    ["王先生說", "王"],
    ["林小姐", "林"],
    ["Herr Müller", "Müller"],
    ["Frau Schmidt wartet", "Schmidt"],
    ["Hans Müller", "Hans Müller"],
    ["Sra. García López", "García López"],
    ["la veïna Núria Puig", "Núria Puig"],
    ["el vecino Jordi Ferrer Vidal", "Jordi Ferrer Vidal"],
    ["caller John Smith", "John Smith"],
    ["Mr Clark", "Clark"],
    ["目撃者の佐藤さん", "佐藤"],
  ])('finds %s', (text, value) => {
    expect(found(text)).toContainEqual(['name', value]);
  });

  it.each([
    "pedestrianOnRoad",
    "driverBehaviour Unsafe",
    "通報者匿名さん",
    "신고자 익명",
    "Central Park",
    "이동하다",
    "高速道路",
    "신고자 연락처는 010",
    "고객님",
    "아저씨",
    "皆さん",
    "運転手さん",
    "Park Avenue",
    "정지선 앞",
    "the driver of the car",
    "El conductor huyó",
    "Der Fahrer flüchtete",
    "날씨가 좋다",
  ])('finds no name in %s', (text) => {
    expect(found(text).filter(([kind]) => kind === 'name')).toEqual([]);
  });
});
