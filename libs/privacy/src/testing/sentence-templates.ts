import type { FixtureLanguage } from './city-fixtures';

// Slots: {phone} {email} {plate} {rrn} {ip} {mac} {card} {url} {geo} are filled from the corpus or the
// event; {name} and {device} only from the event's own reporter and device, {place} from its address;
// {count} is an ordinary number that must survive scrubbing. Device ids other than the event's own never
// appear in text: no detector can tell a vendor serial from a word, only the event's own value.

/** Report sentences per language, with identifiers pressed against particles as people type them. */
export const sentenceTemplates: Readonly<Record<FixtureLanguage, readonly string[]>> = {
  ko: [
    '신고자 {name}({phone})에 따르면 {plate}차량이 어린이보호구역에서 과속했습니다.',
    '{place} 앞 교차로에서 사고가 발생해 {count}명이 다쳤습니다. 영상: {url}',
    '차주 연락처 {phone}, 이메일 {email}으로 회신 바랍니다.',
    '주민등록번호 {rrn} 확인, 분실 카드 {card} 신고 포함.',
    'CCTV {ip}에서 {plate} 차량 역주행 감지, 단말 {device}, 위치 {geo}',
    '스마트폰 {mac} 신호가 {count}분 동안 감지됨.',
  ],
  es: [
    'El vecino {name} llamó desde el {phone}: un coche con matrícula {plate} bloquea el paso de peatones.',
    'Hay {count} personas heridas cerca de {place}; vídeo en {url}. Contacto: {email}.',
    'La cámara {ip} detecta humo; dispositivo {device}, posición {geo}.',
    'Tarjeta {card} y documento {rrn} encontrados en el lugar.',
  ],
  de: [
    'Anrufer {name} (Tel. {phone}) meldet einen Unfall mit dem Fahrzeug {plate}.',
    '{count} Personen verletzt in der Nähe von {place}, Foto: {url}, Rückfragen an {email}.',
    'Kamera {ip} meldet Rauch; Gerät {device} mit MAC {mac}, Position {geo}.',
    'Karte {card} gefunden, Fahrer erreichbar unter {phone}.',
  ],
  ja: [
    '通報者{name}さん（{phone}）によると、{plate}の車が通学路で速度超過。',
    '{place}付近で{count}人が負傷。映像は{url}にあります。連絡先：{email}',
    'カメラ{ip}が煙を検知。端末{device}、位置{geo}。',
    'カード{card}の落とし物、持ち主の電話は{phone}です。',
  ],
  zh: [
    '報案人{name}（電話{phone}）表示車牌{plate}的車輛闖紅燈。',
    '{place}附近有{count}人受傷，影片：{url}，聯絡信箱{email}。',
    '攝影機{ip}偵測到煙霧，裝置{device}，位置{geo}。',
    '拾獲信用卡{card}，失主手機{phone}。',
  ],
  en: [
    'Caller {name} ({phone}) reports vehicle {plate} speeding near the school.',
    '{count} people injured near {place}; footage at {url}; contact {email}.',
    'Camera {ip} flagged device {mac} and card {card}; ID {rrn} found; position {geo}.',
    "Reporter's device {device} sent location {geo}.",
  ],
};

/** Words used for {name}, {place} and {device} when the event has no reporter name, address or device. */
export const standIns: Readonly<Record<FixtureLanguage, { readonly someone: string; readonly somewhere: string; readonly something: string }>> = {
  ko: { someone: '익명', somewhere: '시청', something: '미상' },
  es: { someone: 'un vecino', somewhere: 'la plaza', something: 'desconocido' },
  de: { someone: 'ein Passant', somewhere: 'dem Bahnhof', something: 'unbekannt' },
  ja: { someone: '匿名', somewhere: '駅前', something: '不明' },
  zh: { someone: '民眾', somewhere: '車站', something: '不明' },
  en: { someone: 'a passer-by', somewhere: 'the station', something: 'unknown' },
};
