import type { DistrictGazetteer } from './district-gazetteer';
import { koreanDistrict } from './district-gazetteer';

/** Incheon's 8 gu and 2 gun. Michuhol-gu was Nam-gu until 2018, and sources still write the old name. */
export const incheonGazetteer: DistrictGazetteer = {
  city: 'incheon',
  districts: [
    koreanDistrict('Jung-gu', '중구'),
    koreanDistrict('Dong-gu', '동구'),
    koreanDistrict('Michuhol-gu', '미추홀구', '남구', 'Nam-gu'),
    koreanDistrict('Yeonsu-gu', '연수구'),
    koreanDistrict('Namdong-gu', '남동구'),
    koreanDistrict('Bupyeong-gu', '부평구'),
    koreanDistrict('Gyeyang-gu', '계양구'),
    koreanDistrict('Seo-gu', '서구'),
    koreanDistrict('Ganghwa-gun', '강화군'),
    koreanDistrict('Ongjin-gun', '옹진군'),
  ],
};

/** Gwangju's 5 gu. */
export const gwangjuGazetteer: DistrictGazetteer = {
  city: 'gwangju',
  districts: [
    koreanDistrict('Dong-gu', '동구'),
    koreanDistrict('Seo-gu', '서구'),
    koreanDistrict('Nam-gu', '남구'),
    koreanDistrict('Buk-gu', '북구'),
    koreanDistrict('Gwangsan-gu', '광산구'),
  ],
};
