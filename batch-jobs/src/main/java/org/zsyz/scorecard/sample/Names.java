package org.zsyz.scorecard.sample;

import java.util.List;
import java.util.Random;
import org.zsyz.scorecard.store.project.InvestorSource;

/** Pools of fictional project and investor names. Every draw goes through the caller's seeded {@link Random}. */
final class Names {

    private Names() {}

    /** 产业类别 of {@code Industries.DEFAULT}, in that order, with the subjects of plausible project names. */
    static final List<String> INDUSTRIES = List.of("工业", "商贸物流", "农业", "房地产", "现代服务业", "文旅康养", "其他");

    private static final List<List<String>> SUBJECTS = List.of(
            List.of(
                    "新能源电池材料", "高端装备制造", "智能家电", "新型建材", "汽车零部件", "精密模具", "光伏组件", "生物医药", "电子元器件", "纺织服装", "绿色食品加工",
                    "新材料", "智能制造装备", "半导体封装测试", "特种钢材", "锂电池隔膜"),
            List.of("冷链物流园", "智慧物流中心", "商贸综合体", "电商产业园", "农产品批发市场", "保税仓储中心", "公铁联运物流港"),
            List.of("高标准蔬菜基地", "现代农业产业园", "食用菌产业化", "中药材种植加工", "生猪养殖", "优质小麦深加工", "花卉苗木基地"),
            List.of("城市更新片区开发", "人才公寓", "城市综合开发", "商业街区改造"),
            List.of("数据中心", "区域总部", "服务外包基地", "检验检测中心", "金融后台服务中心", "人力资源产业园", "软件和信息服务园"),
            List.of("康养小镇", "文旅综合体", "温泉度假区", "研学旅游基地", "乡村旅游示范区", "古镇保护开发"),
            List.of("垃圾焚烧发电", "污水处理厂", "分布式光伏电站", "城乡供水一体化", "储能电站"));

    private static final List<String> NAME_SUFFIXES = List.of("项目", "项目", "产业园项目", "生产基地项目", "扩建项目");

    private static final List<String> INVESTOR_WORDS = List.of("新能源科技", "商贸物流", "农业科技", "置业", "信息技术", "文化旅游", "环境科技");

    private static final List<String> BRANDS = List.of(
            "华创", "恒达", "鼎盛", "瑞丰", "金桥", "远航", "天诚", "宏图", "博远", "嘉禾", "新源", "凯旋", "联创", "盛世", "泰和", "启明", "海川", "安信",
            "众成", "锦程", "中瑞", "亿联", "润泽", "弘业", "德胜", "华晟");

    private static final List<String> IN_PROVINCE_CITIES = List.of("郑州市", "洛阳市", "许昌市", "新乡市", "南阳市", "开封市", "焦作市");
    private static final List<String> OTHER_PROVINCE_CITIES =
            List.of("深圳市", "上海", "杭州市", "苏州市", "北京", "广州市", "宁波市", "厦门市", "无锡市", "成都市", "武汉市", "合肥市");
    private static final List<String> ABROAD = List.of("香港", "新加坡", "韩国", "日本", "德国", "美国");

    static final List<String> REPORTERS =
            List.of("王丽", "李静", "张强", "刘洋", "陈晨", "杨帆", "赵敏", "黄磊", "周婷", "吴刚", "徐静", "孙浩", "马超", "朱琳", "胡敏", "郭鹏");

    /** A project name: factories get a varied suffix (生产基地, 产业园, 扩建); everything else is "…项目". */
    static String projectName(Random rng, int industry) {
        List<String> subjects = SUBJECTS.get(industry);
        String subject = subjects.get(rng.nextInt(subjects.size()));
        if (industry == 0) {
            return subject + NAME_SUFFIXES.get(rng.nextInt(NAME_SUFFIXES.size()));
        }
        return subject + "项目";
    }

    static String investor(Random rng, InvestorSource source, int industry, boolean fortune500, String localPlace) {
        String place = switch (source) {
            case LOCAL -> localPlace;
            case OTHER_CITY_IN_PROVINCE -> pick(rng, IN_PROVINCE_CITIES);
            case OUT_OF_PROVINCE -> pick(rng, OTHER_PROVINCE_CITIES);
            case FOREIGN -> pick(rng, ABROAD);
        };
        String brand = pick(rng, BRANDS);
        if (fortune500) {
            return place + brand + "集团有限公司";
        }
        String word = source == InvestorSource.FOREIGN && rng.nextBoolean() ? "投资" : INVESTOR_WORDS.get(industry);
        String form = rng.nextInt(4) == 0 ? "股份有限公司" : "有限公司";
        return place + brand + word + form;
    }

    private static String pick(Random rng, List<String> pool) {
        return pool.get(rng.nextInt(pool.size()));
    }
}
