import type { DistrictGazetteer } from './district-gazetteer';
import { japaneseWard, taiwaneseDistrict } from './district-gazetteer';

/** Osaka's 24 ku. */
export const osakaGazetteer: DistrictGazetteer = {
  city: 'osaka',
  districts: [
    japaneseWard('Kita', '北区'), japaneseWard('Miyakojima', '都島区'), japaneseWard('Fukushima', '福島区'),
    japaneseWard('Konohana', '此花区'), japaneseWard('Chuo', '中央区', 'Chūō-ku', 'Chuuou-ku'), japaneseWard('Nishi', '西区'),
    japaneseWard('Minato', '港区'), japaneseWard('Taisho', '大正区', 'Taishō-ku'), japaneseWard('Tennoji', '天王寺区', 'Tennōji-ku'),
    japaneseWard('Naniwa', '浪速区'), japaneseWard('Nishiyodogawa', '西淀川区'), japaneseWard('Yodogawa', '淀川区'),
    japaneseWard('Higashiyodogawa', '東淀川区'), japaneseWard('Higashinari', '東成区'), japaneseWard('Ikuno', '生野区'),
    japaneseWard('Asahi', '旭区'), japaneseWard('Joto', '城東区', 'Jōtō-ku'), japaneseWard('Tsurumi', '鶴見区'),
    japaneseWard('Abeno', '阿倍野区'), japaneseWard('Suminoe', '住之江区'), japaneseWard('Sumiyoshi', '住吉区'),
    japaneseWard('Higashisumiyoshi', '東住吉区'), japaneseWard('Hirano', '平野区'), japaneseWard('Nishinari', '西成区'),
  ],
};

/** Kaohsiung's 38 districts (Hanyu pinyin ids). */
export const kaohsiungGazetteer: DistrictGazetteer = {
  city: 'kaohsiung',
  districts: [
    taiwaneseDistrict('Yancheng', '鹽埕', '盐埕区'), taiwaneseDistrict('Gushan', '鼓山'), taiwaneseDistrict('Zuoying', '左營', '左营区', 'Tsoying'),
    taiwaneseDistrict('Nanzi', '楠梓', 'Nantzu'), taiwaneseDistrict('Sanmin', '三民'), taiwaneseDistrict('Xinxing', '新興', '新兴区', 'Sinsing'),
    taiwaneseDistrict('Qianjin', '前金', 'Cianjin'), taiwaneseDistrict('Lingya', '苓雅'), taiwaneseDistrict('Qianzhen', '前鎮', '前镇区', 'Cianjhen'),
    taiwaneseDistrict('Qijin', '旗津', 'Cijin'), taiwaneseDistrict('Xiaogang', '小港', 'Siaogang'), taiwaneseDistrict('Fengshan', '鳳山', '凤山区'),
    taiwaneseDistrict('Linyuan', '林園', '林园区'), taiwaneseDistrict('Daliao', '大寮'), taiwaneseDistrict('Dashu', '大樹', '大树区'),
    taiwaneseDistrict('Dashe', '大社'), taiwaneseDistrict('Renwu', '仁武'), taiwaneseDistrict('Niaosong', '鳥松', '鸟松区'),
    taiwaneseDistrict('Gangshan', '岡山', '冈山区'), taiwaneseDistrict('Qiaotou', '橋頭', '桥头区', 'Ciaotou'), taiwaneseDistrict('Yanchao', '燕巢'),
    taiwaneseDistrict('Tianliao', '田寮'), taiwaneseDistrict('Alian', '阿蓮', '阿莲区'), taiwaneseDistrict('Luzhu', '路竹', 'Lujhu'),
    taiwaneseDistrict('Hunei', '湖內', '湖内区'), taiwaneseDistrict('Qieding', '茄萣', '茄定区', 'Jiading'), taiwaneseDistrict("Yong'an", '永安', 'Yongan'),
    taiwaneseDistrict('Mituo', '彌陀', '弥陀区'), taiwaneseDistrict('Ziguan', '梓官'), taiwaneseDistrict('Qishan', '旗山', 'Cishan'),
    taiwaneseDistrict('Meinong', '美濃', '美浓区'), taiwaneseDistrict('Liugui', '六龜', '六龟区'), taiwaneseDistrict('Jiaxian', '甲仙'),
    taiwaneseDistrict('Shanlin', '杉林'), taiwaneseDistrict('Neimen', '內門', '内门区'), taiwaneseDistrict('Maolin', '茂林'),
    taiwaneseDistrict('Taoyuan', '桃源'), taiwaneseDistrict('Namasia', '那瑪夏', '那玛夏区'),
  ],
};
