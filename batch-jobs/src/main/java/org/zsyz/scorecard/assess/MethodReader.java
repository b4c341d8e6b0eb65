package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zsyz.scorecard.store.indicator.Indicator;

/**
 * The method's checks: every key of the method file read from a {@link CheckedYaml} tree, checked against the
 * method's own limits (weights summing to 100, tiers descending, grades ordered…) and bound to
 * {@link AssessmentRules}. Every problem is collected; a file with any problem is refused as a whole.
 */
final class MethodReader {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final CheckedYaml y;

    private MethodReader(CheckedYaml y) {
        this.y = y;
    }

    /**
     * @param year the year the file must be for, or {@code null} not to check
     * @throws RulesFileException listing every problem found
     */
    static AssessmentRules read(CheckedYaml y, CheckedYaml.Section top, Integer year) {
        return new MethodReader(y).read(top, year);
    }

    private AssessmentRules read(CheckedYaml.Section top, Integer expectedYear) {
        Integer format = y.integer(top, "format", 1, RulesYaml.FORMAT);
        ExtraColumns columns = new LedgerColumnsReader(y).read(top, format == null ? 1 : format);
        IndicatorRulesReader indicatorRules = new IndicatorRulesReader(y, format == null ? 1 : format, columns);
        Integer year = y.integer(top, "year", 2000, 2100);
        if (year != null && expectedYear != null && !year.equals(expectedYear)) {
            y.problem(top, "year", "文件写的是 " + year + " 年，但文件名表明它是 " + expectedYear + " 年的办法");
        }
        String name = y.text(top, "name");
        if (name != null && name.length() > 100) {
            y.problem(top, "name", "名称过长（" + name.length() + " 个字，上限 100）");
        }
        Map<Indicator, AssessmentRules.IndicatorRule> indicators = indicatorRules.read(top);
        BigDecimal ratioCap = y.percent(top, "ratio_cap_percent");
        if (ratioCap != null && (ratioCap.compareTo(BigDecimal.ONE) < 0 || ratioCap.compareTo(BigDecimal.TEN) > 0)) {
            y.problem(top, "ratio_cap_percent", "封顶须在 100 到 1000 之间，现为 " + pct(ratioCap));
        }
        List<AssessmentRules.Tier> tiers = tiers(top);
        BigDecimal efficacyFloor = y.percent(top, "efficacy_worst_percent");
        if (efficacyFloor != null && (efficacyFloor.signum() < 0 || efficacyFloor.compareTo(BigDecimal.ONE) > 0)) {
            y.problem(top, "efficacy_worst_percent", "须在 0 到 100 之间，现为 " + pct(efficacyFloor));
        }
        BigDecimal bigProject = y.number(top, "big_project_yi");
        if (bigProject != null && bigProject.signum() <= 0) {
            y.problem(top, "big_project_yi", "门槛须大于 0，现为 " + plain(bigProject));
        }
        AssessmentRules.Bonus bonus = bonus(top);
        CheckedYaml.Section deductions = y.section(top, "deductions");
        BigDecimal late = y.nonNegative(deductions, "late");
        BigDecimal missing = y.nonNegative(deductions, "missing");
        y.close(deductions, "late", "missing");
        Integer deadlineDay = y.integer(top, "deadline_day", 1, 31);
        AssessmentRules.Grades grades = grades(top);
        CheckedYaml.Section lists = y.section(top, "red_black_lists");
        AssessmentRules.ListSizes defaultLists = listSizes(lists == null ? null : y.section(lists, "default"));
        Map<String, AssessmentRules.ListSizes> groupLists = groupLists(lists);
        y.close(lists, "default", "groups");
        CheckedYaml.Section bands = y.section(top, "colour_bands");
        BigDecimal lightGreen = y.number(bands, "light_green_from");
        BigDecimal yellow = y.number(bands, "yellow_from");
        if (lightGreen != null && lightGreen.signum() > 0) {
            y.problem(bands, "light_green_from", "浅绿下限须不大于 0 个百分点，现为 " + plain(lightGreen));
        }
        if (lightGreen != null && yellow != null && yellow.compareTo(lightGreen) >= 0) {
            y.problem(bands, "yellow_from", "黄色下限（" + plain(yellow) + "）须低于浅绿下限（" + plain(lightGreen) + "）");
        }
        y.close(bands, "light_green_from", "yellow_from");
        LocalDate cohortStart = cohortStart(top, year);
        CheckedYaml.Section warnings = y.section(top, "warnings");
        Integer overdue = y.integer(warnings, "overdue_start_months", 1, 120);
        Integer noFunds = y.integer(warnings, "no_funds_months", 1, 120);
        // optional, absent = off: 开工资金不足 when a started project has under this % of its contract in place
        BigDecimal lowFunds = warnings != null && warnings.has("started_low_funds_percent")
                ? y.number(warnings, "started_low_funds_percent")
                : null;
        if (lowFunds != null && (lowFunds.signum() <= 0 || lowFunds.compareTo(new BigDecimal(100)) > 0)) {
            y.problem(warnings, "started_low_funds_percent", "应大于 0 且不大于 100（百分数），现为 " + plain(lowFunds));
            lowFunds = null;
        }
        y.close(warnings, "overdue_start_months", "no_funds_months", "started_low_funds_percent");
        Boolean acrossYears = y.bool(top, "rank_change_across_years");
        MethodDefinitions definitions = indicatorRules.definitions(top);
        TermMethodReader.check(y, top); // the annual: and quarterly: sections, read by their own reader
        EscalationReader.read(y, top); // checked here, bound by EscalationReader.parse
        VerificationReader.read(y, top); // checked here, bound by VerificationReader.parse
        ExclusionReader.read(y, top); // likewise, bound by ExclusionReader.parse
        y.close(
                top,
                "project_rules",
                "quotas",
                LedgerColumnsReader.KEY,
                "format",
                "year",
                "name",
                "indicators",
                "ratio_cap_percent",
                "tiers",
                "efficacy_worst_percent",
                "big_project_yi",
                "bonus",
                "deductions",
                "deadline_day",
                "grades",
                "red_black_lists",
                "colour_bands",
                "cohort_start",
                "warnings",
                "rank_change_across_years",
                TermMethodReader.ANNUAL,
                TermMethodReader.QUARTERLY,
                EscalationReader.SECTION,
                VerificationReader.SECTION,
                ExclusionReader.SECTION);

        y.refuseIfAnyProblem();
        return new AssessmentRules(
                name,
                indicators,
                ratioCap,
                tiers,
                efficacyFloor,
                bigProject,
                bonus,
                late,
                missing,
                deadlineDay,
                grades,
                defaultLists,
                groupLists,
                lightGreen,
                yellow,
                cohortStart,
                overdue,
                noFunds,
                acrossYears,
                definitions,
                lowFunds);
    }

    private List<AssessmentRules.Tier> tiers(CheckedYaml.Section top) {
        List<CheckedYaml.Section> items = y.list(top, "tiers");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            y.problem(top, "tiers", "至少要有一档");
            return null;
        }
        List<AssessmentRules.Tier> tiers = new ArrayList<>();
        boolean ok = true;
        for (CheckedYaml.Section item : items) {
            BigDecimal from = y.percent(item, "from_percent");
            BigDecimal share = y.percent(item, "share_percent");
            y.close(item, "from_percent", "share_percent");
            if (from != null && from.signum() < 0) {
                y.problem(item, "from_percent", "档次下限不能为负数，现为 " + pct(from));
                from = null;
            }
            if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                y.problem(item, "share_percent", "得分比例须在 0 到 100 之间，现为 " + pct(share));
                share = null;
            }
            if (from == null || share == null) {
                ok = false;
                continue;
            }
            if (!tiers.isEmpty()) {
                AssessmentRules.Tier above = tiers.get(tiers.size() - 1);
                if (from.compareTo(above.from()) >= 0) {
                    y.problem(item, "from_percent", "档次须自高到低排列：" + pct(from) + " 不低于上一档的 " + pct(above.from()));
                    ok = false;
                } else if (share.compareTo(above.share()) > 0) {
                    y.problem(item, "share_percent", "低一档的得分比例（" + pct(share) + "）不能高于上一档（" + pct(above.share()) + "）");
                    ok = false;
                }
            }
            tiers.add(new AssessmentRules.Tier(from, share));
        }
        return ok ? tiers : null;
    }

    private AssessmentRules.Bonus bonus(CheckedYaml.Section top) {
        CheckedYaml.Section s = y.section(top, "bonus");
        if (s == null) {
            return null;
        }
        BigDecimal fortune500 = y.nonNegative(s, "fortune500");
        BigDecimal cap = y.nonNegative(s, "cap");
        List<CheckedYaml.Section> items = y.list(s, "contract_tiers");
        y.close(s, "fortune500", "contract_tiers", "cap");
        if (items == null) {
            return null;
        }
        List<AssessmentRules.ContractTier> tiers = new ArrayList<>();
        boolean ok = true;
        for (CheckedYaml.Section item : items) {
            BigDecimal from = y.number(item, "from_yi");
            BigDecimal points = y.nonNegative(item, "points");
            y.close(item, "from_yi", "points");
            if (from != null && from.signum() <= 0) {
                y.problem(item, "from_yi", "合同投资额门槛须大于 0，现为 " + plain(from));
                from = null;
            }
            if (from == null || points == null) {
                ok = false;
                continue;
            }
            if (!tiers.isEmpty() && from.compareTo(tiers.get(tiers.size() - 1).fromYi()) <= 0) {
                y.problem(
                        item,
                        "from_yi",
                        "按合同投资额加分的档次须自低到高排列：" + plain(from) + " 亿元不高于上一档的 "
                                + plain(tiers.get(tiers.size() - 1).fromYi()) + " 亿元");
                ok = false;
            }
            tiers.add(new AssessmentRules.ContractTier(from, points));
        }
        return ok && fortune500 != null && cap != null ? new AssessmentRules.Bonus(fortune500, tiers, cap) : null;
    }

    private AssessmentRules.Grades grades(CheckedYaml.Section top) {
        CheckedYaml.Section s = y.section(top, "grades");
        BigDecimal excellent = y.nonNegative(s, "excellent");
        BigDecimal good = y.nonNegative(s, "good");
        BigDecimal pass = y.nonNegative(s, "pass");
        y.close(s, "excellent", "good", "pass");
        if (excellent != null && good != null && good.compareTo(excellent) >= 0) {
            y.problem(s, "good", "良好下限（" + plain(good) + "）须低于优秀下限（" + plain(excellent) + "）");
        }
        if (good != null && pass != null && pass.compareTo(good) >= 0) {
            y.problem(s, "pass", "合格下限（" + plain(pass) + "）须低于良好下限（" + plain(good) + "）");
        }
        return excellent == null || good == null || pass == null
                ? null
                : new AssessmentRules.Grades(excellent, good, pass);
    }

    private AssessmentRules.ListSizes listSizes(CheckedYaml.Section s) {
        if (s == null) {
            return null;
        }
        Integer red = y.integer(s, "red", 0, 1000);
        Integer black = y.integer(s, "black", 0, 1000);
        y.close(s, "red", "black");
        return red == null || black == null ? null : new AssessmentRules.ListSizes(red, black);
    }

    private Map<String, AssessmentRules.ListSizes> groupLists(CheckedYaml.Section lists) {
        Map<String, AssessmentRules.ListSizes> groups = new LinkedHashMap<>();
        if (lists == null) {
            return groups;
        }
        CheckedYaml.Section s = y.section(lists, "groups");
        if (s == null) {
            return groups;
        }
        for (String group : s.keys()) {
            String name = group.strip();
            if (name.isEmpty() || name.length() > 40) {
                y.problem(s.keyLine(group), s.path(group), "组别名称须为 1 到 40 个字");
            }
            AssessmentRules.ListSizes sizes = listSizes(y.section(s, group));
            if (sizes != null) {
                groups.put(name, sizes);
            }
        }
        return groups;
    }

    private LocalDate cohortStart(CheckedYaml.Section top, Integer year) {
        String value = y.text(top, "cohort_start");
        if (value == null || value.strip().equalsIgnoreCase(RulesYaml.YEAR_START)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (year != null && date.getYear() > year) {
                y.problem(top, "cohort_start", "起始日 " + date + " 晚于 " + year + " 年，三率将没有任何项目");
            }
            if (date.getYear() < 2000) {
                y.problem(top, "cohort_start", "起始日 " + date + " 早于 2000 年");
            }
            return date;
        } catch (DateTimeParseException e) {
            y.problem(top, "cohort_start", "应为 " + RulesYaml.YEAR_START + "（当年1月1日）或日期如 2023-01-01，现为“" + value + "”");
            return null;
        }
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(value);
    }

    private static String pct(BigDecimal ratio) {
        return Decimals.plain(ratio.movePointRight(2)) + "%";
    }
}
