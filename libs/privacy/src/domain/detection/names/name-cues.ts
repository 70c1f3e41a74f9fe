// Words that announce a person's name in each language of the mesh: role words before it ("신고자",
// "Anwohner", "歩行者の", "witness") and honorifics after it ("씨", "さん", "先生", "Herr" comes before).
/** Role words and titles written before a name. */
export const cuesBefore: readonly string[] = [
  '신고자', '운전자', '보행자', '목격자', '피해자', '가해자', '탑승자', '주민', '학생', '환자',
  '通報者', '歩行者', '運転者', '運転手', '目撃者', '被害者', '住民',
  '報案人', '民眾', '駕駛', '行人', '目擊者', '傷者', '住戶', '居民',
  'Herr', 'Herrn', 'Frau', 'Anwohner', 'Anwohnerin', 'Fußgänger', 'Fußgängerin', 'Fahrer', 'Fahrerin', 'Zeuge', 'Zeugin',
  'Melder', 'Melderin', 'Radfahrer', 'Radfahrerin', 'Nachbar', 'Nachbarin',
  'Sr\\.', 'Sra\\.', 'Srta\\.', 'Don', 'Doña', 'vecino', 'vecina', 'veí', 'veïna', 'testigo', 'testimoni', 'conductor',
  'conductora', 'peatón', 'peatona', 'vianant', 'denunciante', 'senyor', 'senyora', 'señor', 'señora',
  'caller', 'witness', 'pedestrian', 'driver', 'cyclist', 'resident', 'neighbour', 'neighbor', 'reporter',
  'Mr\\.?', 'Mrs\\.?', 'Ms\\.?', 'Dr\\.?',
];

/** Honorifics written right after a name. */
export const cuesAfter: readonly string[] = ['씨', '님', 'さん', 'さま', '様', '氏', 'ちゃん', '君', '先生', '小姐', '女士', '太太'];

/** Words that take an honorific but name no one ("고객님", "運転手さん", "皆さん", "아저씨"). */
export const notNames: ReadonlySet<string> = new Set([
  '고객', '기사', '선생', '사장', '부장', '과장', '팀장', '회장', '교수', '의사', '간호사', '아저', '아가', '아주머', '할머',
  '할아버', '어머', '아버', '부모', '손', '형', '누나', '언니', '오빠', '주민', '시민', '운전자', '보행자', '신고자', '경찰관',
  '皆', 'お客', '客', '運転手', '警察', '警察官', '駅員', '店員', '医者', '看護師', '奥', '旦那', '娘', '息子', '社長',
  '通報者', '歩行者', '住民', '皆様', '老', '醫', '醫生', '老師', '司機',
  // Stand-ins for an unknown person ("anonymous", "unknown", "a citizen").
  '익명', '미상', '匿名', '不明', '名無', '民眾', '某',
]);
