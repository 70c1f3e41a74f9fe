// Surnames and given names common enough that a name written without any cue is still found. Short
// lists on purpose: each entry is weighed against ordinary words it could be mistaken for.

/** Korean one-syllable surnames (the commonest cover over nine in ten people). */
export const koreanSurnames = '김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용';
/** Korean two-syllable surnames. */
export const koreanCompoundSurnames: readonly string[] = ['남궁', '제갈', '선우', '황보', '독고', '사공', '서문'];
/** Syllables common in Korean given names, without those that mostly end ordinary words (등, 로, 들, 자…). */
export const koreanGivenSyllables =
  '민수서연지훈유진하늘영현준우윤은예주희경성재동혜선정태혁상철호석빈아원나린규승찬용환건한미숙순옥영란채다소율시완웅보람솔별결온겸';
/** Ordinary words that read like a surname and two given-name syllables. */
export const koreanNotNames: ReadonlySet<string> = new Set([
  '정지선', '이상한', '이상하', '정상은', '조용한', '최선을', '강한', '안전한', '이유는', '이수', '주민은', '정류장',
  '이용자', '신호', '차선', '강우량', '이번', '정지', '전방', '전주', '고속', '주차', '한적', '오전', '심야', '노선',
  '이동', '구역', '우회', '하차', '유턴', '성인', '주변', '민원', '문의', '조치', '원인', '신고', '성별', '연락',
]);

/** Romanised Korean surnames. */
export const romanisedKoreanSurnames: readonly string[] = [
  'Kim', 'Lee', 'Yi', 'Park', 'Pak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun', 'Jang',
  'Chang', 'Lim', 'Im', 'Han', 'Oh', 'Seo', 'Suh', 'Shin', 'Sin', 'Kwon', 'Hwang', 'Ahn', 'An', 'Song', 'Yoo', 'Yu',
  'Hong', 'Jeon', 'Jun', 'Ko', 'Go', 'Moon', 'Mun', 'Yang', 'Son', 'Bae', 'Baek', 'Paik', 'Heo', 'Huh', 'Nam', 'Noh',
  'Roh', 'Ha', 'Kwak', 'Sung', 'Cha', 'Joo', 'Ju', 'Woo', 'Min', 'Ryu', 'Yoo', 'Na', 'Jin', 'Ji', 'Um', 'Eom', 'Chae',
];

/** Japanese surnames. */
export const japaneseSurnames: readonly string[] = [
  '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木', '山口', '松本',
  '井上', '木村', '清水', '山崎', '池田', '橋本', '阿部', '石川', '山下', '中島', '石井', '小川', '前田', '岡田', '長谷川',
  '藤田', '後藤', '近藤', '村上', '遠藤', '青木', '坂本', '斉藤', '斎藤', '福田', '太田', '西村', '藤井', '金子', '岡本',
  '藤原', '中野', '三浦', '原田', '中川', '松田', '竹内', '小野', '田村', '中山', '和田', '石田', '森田', '上田', '柴田',
];
/** Japanese given names. */
export const japaneseGivenNames: readonly string[] = [
  '太郎', '次郎', '花子', '健', '健太', '翔太', '大輔', '直樹', '拓也', '裕子', '陽菜', '美咲', '結衣', '葵', '蓮', '悠真',
  '湊', '陽翔', '大翔', '優子', '恵子', '久美子', '由美', '真由美', '誠', '浩', '隆', '明美', 'さくら', 'はると', 'ゆい',
];

/** Chinese one-character surnames (traditional script). */
export const chineseSurnames = '陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓';
/** Characters common in Chinese given names, without those that mostly form ordinary words (速, 道, 路…). */
export const chineseGivenCharacters =
  '怡君志明淑芬雅婷佩珊家豪建宏俊傑美玲惠秀英文華欣宜雯慧婉琪冠廷宗翰承恩柏宇彥佳穎詩涵軒品妤育瑋振麗珍春嬌嘉偉信瑞庭筱曉安心誠哲維鈞銘';

/** Spanish, Catalan, German and English surnames. */
export const latinSurnames: readonly string[] = [
  'García', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno',
  'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil',
  'Ramírez', 'Serrano', 'Blanco', 'Molina', 'Morales', 'Suárez', 'Ortega', 'Delgado', 'Castro', 'Ortiz', 'Rubio', 'Marín',
  'Sanz', 'Núñez', 'Iglesias', 'Medina', 'Garrido', 'Puig', 'Ferrer', 'Vidal', 'Soler', 'Font', 'Serra', 'Pujol', 'Roca',
  'Costa', 'Vila', 'Sala', 'Casas', 'Riera', 'Prats', 'Roig', 'Bosch', 'Camps', 'Comas', 'Martí', 'Solé', 'Llorens',
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer',
  'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger',
  'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schulze', 'Maier',
  'Köhler', 'Herrmann', 'König', 'Walter', 'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Scholz', 'Möller', 'Weiß',
  'Hahn', 'Vogel', 'Keller', 'Günther', 'Berger', 'Winkler', 'Roth', 'Beck', 'Lorenz', 'Baumann', 'Franke', 'Albrecht',
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Clark', 'Lewis', 'Walker',
];
/** Given names of those languages. */
export const latinGivenNames: readonly string[] = [
  'Marc', 'Jordi', 'Joan', 'Pere', 'Josep', 'Núria', 'Montse', 'Laia', 'Marta', 'Pau', 'Arnau', 'Carles', 'Mireia', 'Anna',
  'Carlos', 'José', 'Antonio', 'Manuel', 'Francisco', 'David', 'Juan', 'Javier', 'Daniel', 'Carmen', 'Lucía', 'Ana',
  'Isabel', 'Pilar', 'Elena', 'María', 'Laura', 'Sofía', 'Pablo', 'Alejandro', 'Miguel', 'Sergio',
  'Hans', 'Peter', 'Thomas', 'Michael', 'Andreas', 'Stefan', 'Klaus', 'Jürgen', 'Wolfgang', 'Maria', 'Ursula', 'Monika',
  'Petra', 'Sabine', 'Julia', 'Lena', 'Lukas', 'Leon', 'Paul', 'Felix', 'Jonas', 'Emma', 'Mia', 'Sophie', 'Lisa', 'Jan',
  'John', 'James', 'Robert', 'William', 'Mary', 'Emily', 'Sarah', 'Jennifer', 'Linda', 'George', 'Oliver', 'Jack',
];
