import type { DescriptionLanguage } from '../../domain/vocabulary/description-language';

/** Report sentences in Korean, Japanese and Traditional Chinese: one identifier slot and one `{probe}` each. */
export const eastAsianTemplates: Readonly<Record<'ko' | 'ja' | 'zh-Hant', readonly string[]>> = {
  ko: [
    '{probe}에서 보행자 {person} 씨가 차량에 부딪혀 다쳤습니다.',
    '신고자 {person}님이 {probe} 부근 화재를 알렸습니다.',
    '목격자는 {person}이고 {probe}에서 연기가 났다고 함.',
    '연락처 {contact}로 다시 연락 바랍니다. 위치는 {probe}.',
    '신고자 전화 {contact}, {probe} 앞 교통사고.',
    '{probe}에서 차량 {vehicle}이 역주행 중입니다.',
    '번호판 {vehicle} 택시가 {probe} 근처에 불법 주차.',
    '{place} 앞 도로에 싱크홀 발생, {probe} 방향 통제.',
    '주소 {place}에서 가스 누출 신고, {probe}.',
    '부상자 신분증 {document} 확인, {probe}에서 구급차 이송.',
    '결제 카드 {payment} 분실 신고, {probe} 정류장.',
    '기기 {network} 에서 접속한 신고, {probe} 신호등 고장.',
    '현재 위치 {position}, {probe} 근처 침수.',
    '영상 링크 {media} 참고, {probe} 정체 심함.',
  ],
  ja: [
    '{probe}で歩行者の{person}さんが車にはねられ負傷しました。',
    '通報者{person}様から{probe}付近の火災の連絡。',
    '目撃者は{person}さんで、{probe}で煙が出ていると話している。',
    '連絡先は{contact}です。場所は{probe}。',
    '通報者の電話{contact}、{probe}前で事故。',
    '{probe}で車両{vehicle}が逆走している。',
    'ナンバー{vehicle}のタクシーが{probe}付近に違法駐車。',
    '{place}の前の道路が陥没、{probe}方面は通行止め。',
    '住所{place}でガス漏れの通報、{probe}。',
    '負傷者の身分証{document}を確認、{probe}から救急車で搬送。',
    'カード{payment}の紛失届、{probe}のバス停。',
    '端末{network}からの通報、{probe}の信号機が故障。',
    '現在地{position}、{probe}付近が冠水。',
    '動画リンク{media}を参照、{probe}で渋滞。',
  ],
  'zh-Hant': [
    '{probe}有行人{person}先生被車撞傷。',
    '報案人{person}小姐通報{probe}附近火災。',
    '目擊者是{person}，表示{probe}冒出濃煙。',
    '聯絡電話{contact}，地點在{probe}。',
    '報案人電話{contact}，{probe}前發生車禍。',
    '{probe}有車輛{vehicle}逆向行駛。',
    '車牌{vehicle}的計程車在{probe}附近違停。',
    '{place}前方道路出現坑洞，往{probe}方向封閉。',
    '地址{place}發生瓦斯外洩，{probe}。',
    '傷者證件{document}已確認，由{probe}送醫。',
    '信用卡{payment}遺失，{probe}公車站。',
    '裝置{network}回報，{probe}紅綠燈故障。',
    '目前位置{position}，{probe}附近淹水。',
    '影片連結{media}，{probe}嚴重塞車。',
  ],
};

/** Ordinary phrases that must survive, per East Asian language (landmarks, street furniture, numbers with units). */
export const eastAsianProbes: Readonly<Record<'ko' | 'ja' | 'zh-Hant', readonly string[]>> = {
  ko: ['시청역', '중앙공원', '횡단보도', '버스 정류장', '3명', '30 km/h', '교차로', '가로등'],
  ja: ['中央公園', '駅', '交差点', 'バス停', '3人', '30 km/h', '歩道橋', '街灯'],
  'zh-Hant': ['中央公園', '捷運站', '十字路口', '公車站', '3名', '30 km/h', '天橋', '路燈'],
};

export type EastAsianLanguage = Extract<DescriptionLanguage, 'ko' | 'ja' | 'zh-Hant'>;
