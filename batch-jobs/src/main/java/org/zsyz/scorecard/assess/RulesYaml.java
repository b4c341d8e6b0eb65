package org.zsyz.scorecard.assess;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.zsyz.scorecard.indicator.Indicator;

/**
 * Reads and writes a year's assessment method as YAML ({@code assessment-<year>.yml}), in plain Java.
 *
 * <p>The file is read as a node tree, never through YAML's own number types: every number is parsed from
 * its text as a {@link BigDecimal}, so 0.1 stays 0.1. Every problem is collected with its line and key
 * before anything is used; a file with any problem is refused as a whole.
 */
public final class RulesYaml {

    public static final int FORMAT = 1;
    /** The keyword for "1 January of the period's year" as cohort start. */
    public static final String YEAR_START = "year-start";

    private static final int MAX_CHARS = 200_000;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private RulesYaml() {
    }

    public static String fileName(int year) {
        return "assessment-" + year + ".yml";
    }

    /**
     * @param file name of the file for messages
     * @param year the year the file must be for (from its name), or {@code null} not to check
     * @throws RulesFileException listing every problem found
     */
    public static AssessmentRules parse(String text, String file, Integer year) {
        return new Parser(file).parse(text, year);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading

    private static final class Parser {

        private final String file;
        private final List<RulesFileException.Problem> problems = new ArrayList<>();

        Parser(String file) {
            this.file = file;
        }

        AssessmentRules parse(String text, Integer expectedYear) {
            if (text.length() > MAX_CHARS) {
                fail(0, null, "文件过大（" + text.length() + " 个字符，上限 " + MAX_CHARS + "）");
            }
            Node root;
            try {
                LoaderOptions options = new LoaderOptions();
                options.setMaxAliasesForCollections(10);
                root = new Yaml(options).compose(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
            } catch (MarkedYAMLException e) {
                Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                throw fail(mark == null ? 0 : mark.getLine() + 1, null, "不是有效的 YAML：" + e.getProblem());
            } catch (YAMLException e) {
                throw fail(0, null, "不是有效的 YAML：" + e.getMessage());
            }
            if (!(root instanceof MappingNode mapping)) {
                throw fail(root == null ? 0 : line(root), null, "文件为空或不是“键: 值”的形式，可用 scorecard rules init 生成");
            }
            Section top = new Section("", mapping);

            Integer format = integer(top, "format", 1, 1);
            if (format != null && format != FORMAT) {
                problem(top, "format", "不支持的格式版本 " + format + "，本程序只支持 " + FORMAT);
            }
            Integer year = integer(top, "year", 2000, 2100);
            if (year != null && expectedYear != null && !year.equals(expectedYear)) {
                problem(top, "year", "文件写的是 " + year + " 年，但文件名表明它是 " + expectedYear + " 年的办法");
            }
            String name = text(top, "name");
            if (name != null && name.length() > 100) {
                problem(top, "name", "名称过长（" + name.length() + " 个字，上限 100）");
            }
            Map<Indicator, AssessmentRules.IndicatorRule> indicators = indicators(top);
            BigDecimal ratioCap = percent(top, "ratio_cap_percent");
            if (ratioCap != null && (ratioCap.compareTo(BigDecimal.ONE) < 0 || ratioCap.compareTo(BigDecimal.TEN) > 0)) {
                problem(top, "ratio_cap_percent", "封顶须在 100 到 1000 之间，现为 " + pct(ratioCap));
            }
            List<AssessmentRules.Tier> tiers = tiers(top);
            BigDecimal efficacyFloor = percent(top, "efficacy_worst_percent");
            if (efficacyFloor != null && (efficacyFloor.signum() < 0 || efficacyFloor.compareTo(BigDecimal.ONE) > 0)) {
                problem(top, "efficacy_worst_percent", "须在 0 到 100 之间，现为 " + pct(efficacyFloor));
            }
            BigDecimal bigProject = number(top, "big_project_yi");
            if (bigProject != null && bigProject.signum() <= 0) {
                problem(top, "big_project_yi", "门槛须大于 0，现为 " + plain(bigProject));
            }
            AssessmentRules.Bonus bonus = bonus(top);
            Section deductions = section(top, "deductions");
            BigDecimal late = nonNegative(deductions, "late");
            BigDecimal missing = nonNegative(deductions, "missing");
            close(deductions, "late", "missing");
            Integer deadlineDay = integer(top, "deadline_day", 1, 31);
            AssessmentRules.Grades grades = grades(top);
            Section lists = section(top, "red_black_lists");
            AssessmentRules.ListSizes defaultLists = listSizes(lists == null ? null : section(lists, "default"));
            Map<String, AssessmentRules.ListSizes> groupLists = groupLists(lists);
            close(lists, "default", "groups");
            Section bands = section(top, "colour_bands");
            BigDecimal lightGreen = number(bands, "light_green_from");
            BigDecimal yellow = number(bands, "yellow_from");
            if (lightGreen != null && lightGreen.signum() > 0) {
                problem(bands, "light_green_from", "浅绿下限须不大于 0 个百分点，现为 " + plain(lightGreen));
            }
            if (lightGreen != null && yellow != null && yellow.compareTo(lightGreen) >= 0) {
                problem(bands, "yellow_from", "黄色下限（" + plain(yellow) + "）须低于浅绿下限（" + plain(lightGreen) + "）");
            }
            close(bands, "light_green_from", "yellow_from");
            LocalDate cohortStart = cohortStart(top, year);
            Section warnings = section(top, "warnings");
            Integer overdue = integer(warnings, "overdue_start_months", 1, 120);
            Integer noFunds = integer(warnings, "no_funds_months", 1, 120);
            close(warnings, "overdue_start_months", "no_funds_months");
            Boolean acrossYears = bool(top, "rank_change_across_years");
            close(top, "format", "year", "name", "indicators", "ratio_cap_percent", "tiers", "efficacy_worst_percent",
                    "big_project_yi", "bonus", "deductions", "deadline_day", "grades", "red_black_lists",
                    "colour_bands", "cohort_start", "warnings", "rank_change_across_years");

            if (!problems.isEmpty()) {
                throw new RulesFileException(problems);
            }
            return new AssessmentRules(name, indicators, ratioCap, tiers, efficacyFloor, bigProject, bonus, late,
                    missing, deadlineDay, grades, defaultLists, groupLists, lightGreen, yellow, cohortStart, overdue,
                    noFunds, acrossYears);
        }

        private Map<Indicator, AssessmentRules.IndicatorRule> indicators(Section top) {
            Section s = section(top, "indicators");
            if (s == null) {
                return null;
            }
            Map<Indicator, AssessmentRules.IndicatorRule> rules = new EnumMap<>(Indicator.class);
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (Indicator indicator : Indicator.values()) {
                Section entry = section(s, indicator.name());
                if (entry == null) {
                    complete = false;
                    continue;
                }
                BigDecimal weight = number(entry, "weight");
                if (weight != null && (weight.signum() < 0 || weight.compareTo(HUNDRED) > 0)) {
                    problem(entry, "weight", "权重须在 0 到 100 之间，现为 " + plain(weight));
                    weight = null;
                }
                ScoringMethod method = method(entry);
                BigDecimal benchmark = null;
                if (indicator.hasTarget()) {
                    if (entry.has("benchmark_percent")) {
                        entry.take("benchmark_percent");
                        problem(entry, "benchmark_percent", indicator.fullName() + "是总量指标，按序时目标计分，没有基准值；"
                                + "基准值只用于合同履约率、项目开工率、资金到位率");
                    }
                } else if (method == ScoringMethod.EFFICACY && !entry.has("benchmark_percent")) {
                    benchmark = BigDecimal.ONE; // 功效系数法 compares the rates themselves
                } else {
                    benchmark = percent(entry, "benchmark_percent");
                    if (benchmark != null && (benchmark.signum() <= 0 || benchmark.compareTo(BigDecimal.ONE) > 0)) {
                        problem(entry, "benchmark_percent", "基准值须大于 0 且不超过 100，现为 " + pct(benchmark));
                        benchmark = null;
                    }
                }
                close(entry, "weight", "method", "benchmark_percent");
                if (weight == null || method == null || (!indicator.hasTarget() && benchmark == null)) {
                    complete = false;
                    continue;
                }
                sum = sum.add(weight);
                rules.put(indicator, new AssessmentRules.IndicatorRule(indicator, weight, method, benchmark));
            }
            Set<String> codes = new LinkedHashSet<>();
            for (Indicator i : Indicator.values()) {
                codes.add(i.name());
            }
            for (Map.Entry<String, NodeTuple> e : s.unused().entrySet()) {
                problem(line(e.getValue().getKeyNode()), s.path(e.getKey()), "没有这项指标；指标代码为 "
                        + String.join("、", codes) + "（" + describeCodes() + "）");
            }
            s.markAllUsed();
            if (complete && sum.compareTo(HUNDRED) != 0) {
                problem(line(s.node), "indicators", "各项权重合计应为 100，现为 " + plain(sum) + "（"
                        + rules.values().stream().filter(r -> r.weight().signum() > 0)
                                .map(r -> r.indicator().name() + " " + plain(r.weight())).collect(Collectors.joining(" + "))
                        + "）");
            }
            return rules;
        }

        private ScoringMethod method(Section entry) {
            String value = text(entry, "method");
            if (value == null) {
                return null;
            }
            ScoringMethod method = switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "ratio", "总量法" -> ScoringMethod.RATIO;
                case "rate", "比率法" -> ScoringMethod.RATE;
                case "tiered", "分档法" -> ScoringMethod.TIERED;
                case "efficacy", "功效系数法" -> ScoringMethod.EFFICACY;
                default -> null;
            };
            if (method == null) {
                problem(entry, "method", "未知的计分方法“" + value + "”；可选 ratio（总量法）、rate（比率法）、"
                        + "tiered（分档法）、efficacy（功效系数法）");
            }
            return method;
        }

        private List<AssessmentRules.Tier> tiers(Section top) {
            List<Section> items = list(top, "tiers");
            if (items == null) {
                return null;
            }
            if (items.isEmpty()) {
                problem(top, "tiers", "至少要有一档");
                return null;
            }
            List<AssessmentRules.Tier> tiers = new ArrayList<>();
            boolean ok = true;
            for (Section item : items) {
                BigDecimal from = percent(item, "from_percent");
                BigDecimal share = percent(item, "share_percent");
                close(item, "from_percent", "share_percent");
                if (from != null && from.signum() < 0) {
                    problem(item, "from_percent", "档次下限不能为负数，现为 " + pct(from));
                    from = null;
                }
                if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                    problem(item, "share_percent", "得分比例须在 0 到 100 之间，现为 " + pct(share));
                    share = null;
                }
                if (from == null || share == null) {
                    ok = false;
                    continue;
                }
                if (!tiers.isEmpty()) {
                    AssessmentRules.Tier above = tiers.get(tiers.size() - 1);
                    if (from.compareTo(above.from()) >= 0) {
                        problem(item, "from_percent", "档次须自高到低排列：" + pct(from) + " 不低于上一档的 "
                                + pct(above.from()));
                        ok = false;
                    } else if (share.compareTo(above.share()) > 0) {
                        problem(item, "share_percent", "低一档的得分比例（" + pct(share) + "）不能高于上一档（"
                                + pct(above.share()) + "）");
                        ok = false;
                    }
                }
                tiers.add(new AssessmentRules.Tier(from, share));
            }
            return ok ? tiers : null;
        }

        private AssessmentRules.Bonus bonus(Section top) {
            Section s = section(top, "bonus");
            if (s == null) {
                return null;
            }
            BigDecimal fortune500 = nonNegative(s, "fortune500");
            BigDecimal cap = nonNegative(s, "cap");
            List<Section> items = list(s, "contract_tiers");
            close(s, "fortune500", "contract_tiers", "cap");
            if (items == null) {
                return null;
            }
            List<AssessmentRules.ContractTier> tiers = new ArrayList<>();
            boolean ok = true;
            for (Section item : items) {
                BigDecimal from = number(item, "from_yi");
                BigDecimal points = nonNegative(item, "points");
                close(item, "from_yi", "points");
                if (from != null && from.signum() <= 0) {
                    problem(item, "from_yi", "合同投资额门槛须大于 0，现为 " + plain(from));
                    from = null;
                }
                if (from == null || points == null) {
                    ok = false;
                    continue;
                }
                if (!tiers.isEmpty() && from.compareTo(tiers.get(tiers.size() - 1).fromYi()) <= 0) {
                    problem(item, "from_yi", "按合同投资额加分的档次须自低到高排列：" + plain(from) + " 亿元不高于上一档的 "
                            + plain(tiers.get(tiers.size() - 1).fromYi()) + " 亿元");
                    ok = false;
                }
                tiers.add(new AssessmentRules.ContractTier(from, points));
            }
            return ok && fortune500 != null && cap != null ? new AssessmentRules.Bonus(fortune500, tiers, cap) : null;
        }

        private AssessmentRules.Grades grades(Section top) {
            Section s = section(top, "grades");
            BigDecimal excellent = nonNegative(s, "excellent");
            BigDecimal good = nonNegative(s, "good");
            BigDecimal pass = nonNegative(s, "pass");
            close(s, "excellent", "good", "pass");
            if (excellent != null && good != null && good.compareTo(excellent) >= 0) {
                problem(s, "good", "良好下限（" + plain(good) + "）须低于优秀下限（" + plain(excellent) + "）");
            }
            if (good != null && pass != null && pass.compareTo(good) >= 0) {
                problem(s, "pass", "合格下限（" + plain(pass) + "）须低于良好下限（" + plain(good) + "）");
            }
            return excellent == null || good == null || pass == null ? null
                    : new AssessmentRules.Grades(excellent, good, pass);
        }

        private AssessmentRules.ListSizes listSizes(Section s) {
            if (s == null) {
                return null;
            }
            Integer red = integer(s, "red", 0, 1000);
            Integer black = integer(s, "black", 0, 1000);
            close(s, "red", "black");
            return red == null || black == null ? null : new AssessmentRules.ListSizes(red, black);
        }

        private Map<String, AssessmentRules.ListSizes> groupLists(Section lists) {
            Map<String, AssessmentRules.ListSizes> groups = new LinkedHashMap<>();
            if (lists == null) {
                return groups;
            }
            Section s = section(lists, "groups");
            if (s == null) {
                return groups;
            }
            for (String group : s.keys()) {
                String name = group.strip();
                if (name.isEmpty() || name.length() > 40) {
                    problem(line(s.keyNode(group)), s.path(group), "组别名称须为 1 到 40 个字");
                }
                AssessmentRules.ListSizes sizes = listSizes(section(s, group));
                if (sizes != null) {
                    groups.put(name, sizes);
                }
            }
            return groups;
        }

        private LocalDate cohortStart(Section top, Integer year) {
            String value = text(top, "cohort_start");
            if (value == null || value.strip().equalsIgnoreCase(YEAR_START)) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value.strip());
                if (year != null && date.getYear() > year) {
                    problem(top, "cohort_start", "起始日 " + date + " 晚于 " + year + " 年，三率将没有任何项目");
                }
                if (date.getYear() < 2000) {
                    problem(top, "cohort_start", "起始日 " + date + " 早于 2000 年");
                }
                return date;
            } catch (DateTimeParseException e) {
                problem(top, "cohort_start", "应为 " + YEAR_START + "（当年1月1日）或日期如 2023-01-01，现为“" + value + "”");
                return null;
            }
        }

        // ----- typed values --------------------------------------------------------------------------------

        private Section section(Section parent, String key) {
            if (parent == null) {
                return null;
            }
            Node node = parent.take(key);
            if (node == null) {
                problem(line(parent.node), parent.path(key), "缺少此项（可用 scorecard rules init 生成完整文件对照）");
                return null;
            }
            if (!(node instanceof MappingNode m)) {
                problem(line(node), parent.path(key), "应为一组“键: 值”");
                return null;
            }
            return new Section(parent.path(key), m);
        }

        private List<Section> list(Section parent, String key) {
            if (parent == null) {
                return null;
            }
            Node node = parent.take(key);
            if (node == null) {
                problem(line(parent.node), parent.path(key), "缺少此项");
                return null;
            }
            if (!(node instanceof SequenceNode seq)) {
                problem(line(node), parent.path(key), "应为以“- ”开头的列表");
                return null;
            }
            List<Section> items = new ArrayList<>();
            int i = 0;
            for (Node item : seq.getValue()) {
                String path = parent.path(key) + "[" + (++i) + "]";
                if (item instanceof MappingNode m) {
                    items.add(new Section(path, m));
                } else {
                    problem(line(item), path, "应为一组“键: 值”");
                    return null;
                }
            }
            return items;
        }

        private String text(Section s, String key) {
            if (s == null) {
                return null;
            }
            Node node = s.take(key);
            if (node == null) {
                problem(line(s.node), s.path(key), "缺少此项");
                return null;
            }
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problem(line(node), s.path(key), node instanceof ScalarNode ? "值为空" : "应为单个值");
                return null;
            }
            return scalar.getValue().strip();
        }

        private BigDecimal number(Section s, String key) {
            return decimal(s, key, false);
        }

        private BigDecimal percent(Section s, String key) {
            return decimal(s, key, true);
        }

        private BigDecimal nonNegative(Section s, String key) {
            BigDecimal value = number(s, key);
            if (value != null && value.signum() < 0) {
                problem(s, key, "不能为负数，现为 " + plain(value));
                return null;
            }
            return value;
        }

        /** A number from its text; percentages ({@code 80} or {@code 80%}) become ratios (0.8). */
        private BigDecimal decimal(Section s, String key, boolean percent) {
            String value = text(s, key);
            if (value == null) {
                return null;
            }
            String digits = percent && value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
            try {
                BigDecimal number = new BigDecimal(digits);
                if (number.precision() - number.scale() > 12 || number.scale() > 8) {
                    problem(s, key, "数字“" + value + "”超出范围（至多 12 位整数、8 位小数）");
                    return null;
                }
                return normal(percent ? number.movePointLeft(2) : number);
            } catch (NumberFormatException e) {
                problem(s, key, "应为数字" + (percent ? "（百分数，如 80 表示 80%）" : "") + "，现为“" + value + "”");
                return null;
            }
        }

        private Integer integer(Section s, String key, int min, int max) {
            BigDecimal value = number(s, key);
            if (value == null) {
                return null;
            }
            if (value.scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                    || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                problem(s, key, "应为 " + min + " 到 " + max + " 之间的整数，现为 " + plain(value));
                return null;
            }
            return value.intValueExact();
        }

        private Boolean bool(Section s, String key) {
            String value = text(s, key);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "是" -> Boolean.TRUE;
                case "false", "no", "否" -> Boolean.FALSE;
                default -> {
                    problem(s, key, "应为 true 或 false，现为“" + value + "”");
                    yield null;
                }
            };
        }

        /** Every key of the section that was not read is unknown: reported with the nearest known key. */
        private void close(Section s, String... known) {
            if (s == null) {
                return;
            }
            for (Map.Entry<String, NodeTuple> e : s.unused().entrySet()) {
                String hint = nearest(e.getKey(), List.of(known));
                problem(line(e.getValue().getKeyNode()), s.path(e.getKey()), "未知的键" + (hint == null
                        ? "；此处可用的键为 " + String.join("、", known) : "，是否应为“" + hint + "”？"));
            }
            s.markAllUsed();
        }

        private void problem(Section s, String key, String message) {
            Node node = s.keyNode(key);
            problem(node == null ? line(s.node) : line(node), s.path(key), message);
        }

        private void problem(int line, String key, String message) {
            problems.add(new RulesFileException.Problem(file, line, key, message));
        }

        private RulesFileException fail(int line, String key, String message) {
            problem(line, key, message);
            return new RulesFileException(problems);
        }

        /** A mapping node with duplicate-key checking and a record of which keys were read. */
        private final class Section {
            final String path;
            final MappingNode node;
            final Map<String, NodeTuple> entries = new LinkedHashMap<>();
            final Set<String> used = new LinkedHashSet<>();

            Section(String path, MappingNode node) {
                this.path = path;
                this.node = node;
                for (NodeTuple t : node.getValue()) {
                    if (!(t.getKeyNode() instanceof ScalarNode k)) {
                        problem(line(t.getKeyNode()), path, "键应为文字");
                        continue;
                    }
                    if (entries.putIfAbsent(k.getValue(), t) != null) {
                        problem(line(k), path(k.getValue()), "重复的键（第" + line(entries.get(k.getValue()).getKeyNode())
                                + "行已有）");
                    }
                }
            }

            String path(String key) {
                return path.isEmpty() ? key : path + "." + key;
            }

            boolean has(String key) {
                return entries.containsKey(key);
            }

            Node take(String key) {
                NodeTuple t = entries.get(key);
                if (t == null) {
                    return null;
                }
                used.add(key);
                return t.getValueNode();
            }

            Node keyNode(String key) {
                NodeTuple t = entries.get(key);
                return t == null ? null : t.getKeyNode();
            }

            Collection<String> keys() {
                return List.copyOf(entries.keySet());
            }

            Map<String, NodeTuple> unused() {
                Map<String, NodeTuple> rest = new LinkedHashMap<>(entries);
                rest.keySet().removeAll(used);
                return rest;
            }

            void markAllUsed() {
                used.addAll(entries.keySet());
            }
        }
    }

    private static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String describeCodes() {
        return java.util.Arrays.stream(Indicator.values()).map(i -> i.name() + " " + i.fullName())
                .collect(Collectors.joining("，"));
    }

    /** The known key closest to a mistyped one, if it is close enough to be a typo. */
    static String nearest(String key, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(key.toLowerCase(Locale.ROOT), k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Numbers compare equal to the same number written another way (25, 25.0): no trailing zeros. */
    static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value);
    }

    private static String pct(BigDecimal ratio) {
        return Decimals.plain(ratio.movePointRight(2)) + "%";
    }

    // ---------------------------------------------------------------------------------------------------------
    // Writing

    /** The method as a readable file with a comment on every entry: what {@code rules init} writes. */
    public static String render(int year, AssessmentRules r) {
        StringBuilder y = new StringBuilder();
        String name = r.name() == null || r.name().equals(AssessmentRules.DEFAULT_NAME) ? year + "年度招商引资考核办法"
                : r.name();
        y.append("# 招商引资工作考核办法（计分规则）— ").append(year).append("年度\n");
        y.append("#\n");
        y.append("# 本文件决定 ").append(year).append(" 年各月成绩单的得分、等次、排名、红黑榜、颜色和预警。\n");
        y.append("# · 修改后先运行  scorecard rules check --year ").append(year).append("  检查，\n");
        y.append("#   再运行  scorecard assess --period ").append(year).append("-MM  重新评估，无需改动程序。\n");
        y.append("# · 每期评估结果都记下所用文件的名称、SHA-256 和全文，事后可查“按哪个办法算的”。\n");
        y.append("# · 百分比直接写数字（80 表示 80%），分值单位为“分”，金额单位为“亿元”。\n");
        y.append("# · 以“#”开头的是说明，不影响计算。除注明者外，各项都不可省略。\n");
        y.append("\n");
        y.append("format: ").append(FORMAT).append("                        # 文件格式版本，目前为 1\n");
        y.append("year: ").append(year).append("                      # 适用年度，须与文件名中的年份一致\n");
        y.append("name: ").append(quote(name)).append("   # 办法名称，记入每期评估结果\n");
        y.append("\n");
        y.append("# 一、指标权重与计分方法\n");
        y.append("# weight  权重（分），各项合计须为 100；0 表示只列示、不计分。\n");
        y.append("# method  计分方法（“完成程度”：总量指标 = 累计完成 ÷ 序时目标；比率指标 = 比率 ÷ 基准值）：\n");
        y.append("#   ratio     总量法      得分 = 权重 × min(完成程度, 封顶 ratio_cap_percent)\n");
        y.append("#   rate      比率法      得分 = 权重 × min(完成程度, 1)\n");
        y.append("#   tiered    分档法      得分 = 权重 × 完成程度所在档次的得分比例（见 tiers）\n");
        y.append("#   efficacy  功效系数法  组内完成程度最高的得满分，最低的得 efficacy_worst_percent，其余按线性插值\n");
        y.append("# benchmark_percent  比率指标的基准值（%），只用于合同履约率、项目开工率、资金到位率。\n");
        y.append("# 某单位某项指标未设年度目标（或比率指标本期无签约项目）时，该项显示“—”、不计分，\n");
        y.append("# 其权重按比例分摊到该单位其他计分指标。\n");
        y.append("indicators:                  # 各项指标：权重、计分方法、基准值\n");
        for (AssessmentRules.IndicatorRule rule : r.indicators().values()) {
            Indicator i = rule.indicator();
            StringBuilder entry = new StringBuilder("{weight: ").append(plain(rule.weight())).append(", method: ")
                    .append(rule.method().name().toLowerCase(Locale.ROOT));
            if (!i.hasTarget()) {
                entry.append(", benchmark_percent: ").append(plain(rule.benchmark().movePointRight(2)));
            }
            entry.append("}");
            y.append("  ").append(pad(i.name() + ":", 10)).append(pad(entry.toString(), 56)).append("# ")
                    .append(i.fullName()).append(i.hasTarget() ? "（" + i.unitOfMeasure() + "）" : "").append("\n");
        }
        y.append("\n");
        y.append("ratio_cap_percent: ").append(plain(r.ratioCap().movePointRight(2)))
                .append("       # 总量法封顶：超额完成最多按 ").append(plain(r.ratioCap().movePointRight(2))).append("% 计分\n");
        y.append("tiers:                       # 分档法的档次，自高到低：完成程度达到 from_percent，得权重的 share_percent；\n");
        y.append("                             # 低于最低一档得 0\n");
        for (AssessmentRules.Tier t : r.tiers()) {
            y.append("  - {from_percent: ").append(plain(t.from().movePointRight(2))).append(", share_percent: ")
                    .append(plain(t.share().movePointRight(2))).append("}\n");
        }
        y.append("efficacy_worst_percent: ").append(plain(r.efficacyFloor().movePointRight(2)))
                .append("    # 功效系数法：组内最低者得权重的 ").append(plain(r.efficacyFloor().movePointRight(2)))
                .append("%，最高者得 100%；全组相同时都得 100%\n");
        y.append("\n");
        y.append("big_project_yi: ").append(plain(r.bigProject()))
                .append("            # “亿元以上项目”门槛：合同投资额 ≥ ").append(plain(r.bigProject()))
                .append(" 亿元（新签约、新开工亿元以上项目）\n");
        y.append("\n");
        y.append("# 二、加分与扣分\n");
        y.append("bonus:                       # 加分：当年签约的项目（已终止的除外），每个项目只按最高一档计一次\n");
        y.append("  fortune500: ").append(plain(r.bonus().fortune500())).append("               # 世界500强企业投资的项目\n");
        y.append("  contract_tiers:            # 按合同投资额（亿元），自低到高\n");
        for (AssessmentRules.ContractTier t : r.bonus().contractTiers()) {
            y.append("    - {from_yi: ").append(plain(t.fromYi())).append(", points: ").append(plain(t.points()))
                    .append("}\n");
        }
        y.append("  cap: ").append(plain(r.bonus().cap())).append("                     # 加分合计上限\n");
        y.append("deductions:                  # 扣分\n");
        y.append("  late: ").append(plain(r.lateDeduction()))
                .append("                    # 首份被接收的报表在截止日之后才收到\n");
        y.append("  missing: ").append(plain(r.missingDeduction()))
                .append("                 # 本期未报送（按最近一期报表数据列示，并标注“未报送”）\n");
        y.append("deadline_day: ").append(r.deadlineDay())
                .append("              # 报送截止日：次月 ").append(r.deadlineDay()).append(" 日（当月没有该日的，以月末为准）\n");
        y.append("\n");
        y.append("# 三、等次、排名与红黑榜\n");
        y.append("grades:                      # 等次下限（总分含加减分，按显示的两位小数比较，达到下限即属该等次）\n");
        y.append("  excellent: ").append(plain(r.grades().excellent())).append("               # 优秀\n");
        y.append("  good: ").append(plain(r.grades().good())).append("                    # 良好\n");
        y.append("  pass: ").append(plain(r.grades().pass())).append("                    # 合格；低于此为不合格\n");
        y.append("red_black_lists:             # 红黑榜人数（同分并列者一并上榜；已上红榜的不再上黑榜）\n");
        y.append("  default: {red: ").append(r.defaultLists().red()).append(", black: ")
                .append(r.defaultLists().black()).append("}   # 未单独规定的组别\n");
        y.append("  groups:                    # 单独规定的组别，名称须与目标任务书中的考核组别一致\n");
        if (r.groupLists().isEmpty()) {
            y.append("    {}                       # 无：各组别都按 default\n");
        }
        for (Map.Entry<String, AssessmentRules.ListSizes> e : r.groupLists().entrySet()) {
            y.append("    ").append(quote(e.getKey())).append(": {red: ").append(e.getValue().red()).append(", black: ")
                    .append(e.getValue().black()).append("}   # ").append(e.getKey()).append("：红榜").append(e.getValue().red())
                    .append("名，黑榜").append(e.getValue().black()).append("名\n");
        }
        y.append("rank_change_across_years: ").append(r.rankChangeAcrossYears())
                .append("   # 1月的名次变化（↑↓—新）和连冠是否与上年12月相比；false = 每年1月重新起算\n");
        y.append("\n");
        y.append("# 四、颜色与预警\n");
        y.append("colour_bands:                # 按序时差（完成率 − 序时进度，个百分点，按显示的两位小数）着色：≥ 0 绿色\n");
        y.append("  light_green_from: ").append(plain(r.lightGreenFloor()))
                .append("      # 此值 ≤ 序时差 < 0：浅绿（基本达序时）\n");
        y.append("  yellow_from: ").append(plain(r.yellowFloor()))
                .append("           # 此值 ≤ 序时差 < 浅绿下限：黄色；再低为红色，列入预警\n");
        y.append("warnings:                    # 项目预警\n");
        y.append("  overdue_start_months: ").append(r.overdueStartMonths())
                .append("    # 签约超过此月数仍未开工：超期未开工预警\n");
        y.append("  no_funds_months: ").append(r.noFundsMonths())
                .append("        # 签约超过此月数仍无资金到位：预警\n");
        y.append("\n");
        y.append("# 五、三率（合同履约率、项目开工率、资金到位率）的项目范围\n");
        y.append("cohort_start: ").append(r.cohortStart() == null ? YEAR_START : r.cohortStart().toString())
                .append("   # 自此日起签约的项目：").append(YEAR_START)
                .append(" = 当年1月1日；也可写固定日期，如 2023-01-01\n");
        return y.toString();
    }

    private static String pad(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return w >= width ? s + " " : s + " ".repeat(width - w);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
