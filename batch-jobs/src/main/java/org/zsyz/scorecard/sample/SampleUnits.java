package org.zsyz.scorecard.sample;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;

/** The units of the sample: 示例市's thirteen by hand, or generated ones for the benchmark scales. */
final class SampleUnits {

    static final String COUNTIES = "县市区";
    static final String DISTRICTS = "城区";
    static final String ZONES = "开发区";

    /** 南浦县 sends no return for the month before the latest period. */
    static final String MISSING_RETURN_UNIT = "419924";
    /** 东城区's latest return arrives after the deadline. */
    static final String LATE_RETURN_UNIT = "419903";

    private SampleUnits() {}

    /**
     * 示例市 (fictional codes 4199xx). Performance of the current year: 经开区 and 东川县 well ahead, 南浦县 about
     * 40 points behind schedule, 西城区 and 松山县 about 15–25 behind; last year ran differently so 同比 varies.
     */
    static List<SampleUnit> city(int currentYear) {
        int last = currentYear - 1;
        List<SampleUnit> units = new ArrayList<>();
        units.add(unit("419921", "东川县", COUNTIES, true, 0.80, last, 1.00, currentYear, 1.22, 0.12, "王丽", true));
        units.add(unit("419922", "河阳县", COUNTIES, true, 0.62, last, 1.05, currentYear, 0.98, 0.10, "李静", false));
        units.add(unit("419923", "松山县", COUNTIES, true, 0.52, last, 0.95, currentYear, 0.80, 0.08, "张强", true));
        units.add(unit("419924", "南浦县", COUNTIES, true, 0.45, last, 0.90, currentYear, 0.40, 0.08, "刘洋", false));
        units.add(unit("419981", "安平市", COUNTIES, true, 1.00, last, 1.10, currentYear, 1.06, 0.14, "陈晨", true));
        units.add(unit("419982", "清源市", COUNTIES, true, 0.88, last, 0.85, currentYear, 0.93, 0.12, "杨帆", false));
        units.add(unit(
                "419902", "城关区", DISTRICTS, true, 0.55, last, 1.00, currentYear, 1.05, 0.06, "赵敏", true, Indicator.I3));
        units.add(unit("419903", "东城区", DISTRICTS, true, 0.50, last, 0.95, currentYear, 0.90, 0.10, "黄磊", false));
        units.add(unit("419904", "西城区", DISTRICTS, true, 0.45, last, 1.10, currentYear, 0.72, 0.10, "周婷", true));
        units.add(unit("419905", "北山区", DISTRICTS, true, 0.40, last, 0.80, currentYear, 1.15, 0.12, "吴刚", false));
        units.add(unit("419971", "示例经济技术开发区", ZONES, true, 1.00, last, 1.15, currentYear, 1.30, 0.18, "徐静", true));
        units.add(unit("419972", "示例高新技术产业开发区", ZONES, true, 0.85, last, 1.00, currentYear, 0.95, 0.16, "孙浩", false));
        units.add(unit(
                "419973",
                "示例综合保税区",
                ZONES,
                false,
                0.35,
                last,
                0.90,
                currentYear,
                1.00,
                0.40,
                "马超",
                true,
                Indicator.I4,
                Indicator.I6));
        return List.copyOf(units);
    }

    private static SampleUnit unit(
            String code,
            String name,
            String group,
            boolean ranked,
            double size,
            int lastYear,
            double lastPerformance,
            int currentYear,
            double currentPerformance,
            double foreignShare,
            String reporter,
            boolean explicitFlags,
            Indicator... noTarget) {
        TreeSet<Indicator> blank = new TreeSet<>();
        blank.addAll(List.of(noTarget));
        String phone = "0399-6" + code.substring(2) + "88";
        return new SampleUnit(
                code,
                name,
                group,
                ranked,
                size,
                Map.of(lastYear - 1, 1.0, lastYear, lastPerformance, currentYear, currentPerformance),
                foreignShare,
                blank,
                reporter,
                phone,
                explicitFlags);
    }

    /**
     * Generated units for the benchmark scales: code = province (2 digits) + city (2) + unit (2); unit 1–5 of a
     * city is a county, 6–8 a district, 9–10 a development zone (every other city's unit 10 is not ranked).
     */
    static List<SampleUnit> generated(SampleScale scale, long seed, int currentYear) {
        List<SampleUnit> units = new ArrayList<>(scale.units());
        for (int i = 0; i < scale.units(); i++) {
            int province = scale == SampleScale.PROVINCE ? 41 : 11 + i / 100;
            int city = (i % 100) / 10 + 1;
            int u = i % 10 + 1;
            if (scale == SampleScale.PROVINCE) {
                city = i / 10 + 1;
            }
            String code = String.format("%02d%02d%02d", province, city, u);
            Random rng = new Random(SampleCityGenerator.mix(seed, code, -1));
            String group = u <= 5 ? COUNTIES : u <= 8 ? DISTRICTS : ZONES;
            String suffix = u <= 5 ? "县" : u <= 8 ? "区" : "开发区";
            boolean ranked = !(u == 10 && city % 2 == 1);
            TreeSet<Indicator> blank = new TreeSet<>();
            if (i % 37 == 5) {
                blank.add(Indicator.I3);
            }
            units.add(new SampleUnit(
                    code,
                    "示例" + code + suffix,
                    group,
                    ranked,
                    0.3 + 0.7 * rng.nextDouble(),
                    Map.of(
                            currentYear - 2,
                            1.0,
                            currentYear - 1,
                            0.5 + 0.8 * rng.nextDouble(),
                            currentYear,
                            0.45 + 0.9 * rng.nextDouble()),
                    0.06 + 0.14 * rng.nextDouble(),
                    blank,
                    Names.REPORTERS.get(rng.nextInt(Names.REPORTERS.size())),
                    String.format("0399-6%06d", rng.nextInt(1_000_000)),
                    rng.nextBoolean()));
        }
        return List.copyOf(units);
    }

    /** 示例市's two scripted flagship signings: a 58亿元 500强 project (current year) and a 52.6亿元 one (last year). */
    static List<UnitSimulation.Flagship> flagships(String code, int currentYear) {
        return switch (code) {
            case "419971" ->
                List.of(new UnitSimulation.Flagship(
                        YearMonth.of(currentYear, 5),
                        new BigDecimal("58.00"),
                        InvestorSource.OUT_OF_PROVINCE,
                        "工业",
                        "新能源汽车整车及核心零部件产业园项目",
                        "深圳市远航新能源汽车集团有限公司",
                        true));
            case "419981" ->
                List.of(new UnitSimulation.Flagship(
                        YearMonth.of(currentYear - 1, 7),
                        new BigDecimal("52.60"),
                        InvestorSource.OUT_OF_PROVINCE,
                        "现代服务业",
                        "算力中心及数字经济产业园项目",
                        "上海天诚数据科技股份有限公司",
                        false));
            default -> List.of();
        };
    }
}
