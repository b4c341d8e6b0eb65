package org.zsyz.scorecard.annual;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.assess.RulesFile;
import org.zsyz.scorecard.assess.RulesFileException;
import org.zsyz.scorecard.assess.TermMethod;
import org.zsyz.scorecard.assess.TermMethodReader;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.store.assess.AssessmentMapper;
import org.zsyz.scorecard.store.assess.IndicatorResult;
import org.zsyz.scorecard.store.assess.UnitScore;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.term.TermAdjustment;
import org.zsyz.scorecard.store.term.TermMapper;
import org.zsyz.scorecard.store.term.TermRun;
import org.zsyz.scorecard.store.term.TermUnitResult;

/**
 * Assesses a term from the months' stored results and the bureau's entries, and replaces the term's results in
 * one transaction. Every check comes first ({@link #check}): a refused term changes nothing.
 */
@Service
public class TermAssessmentService {

    private final AssessmentMapper months;
    private final TermMapper terms;
    private final AssessmentRulesSource rulesSource;
    private final ScorecardProperties settings;
    private final Clock clock;

    public TermAssessmentService(
            AssessmentMapper months,
            TermMapper terms,
            AssessmentRulesSource rulesSource,
            ScorecardProperties settings,
            Clock clock) {
        this.months = months;
        this.terms = terms;
        this.rulesSource = rulesSource;
        this.settings = settings;
        this.clock = clock;
    }

    /** Where the bureau puts a term's 核定数.csv and 加减分.csv. */
    public Path entriesFolder(Term term) {
        return settings.home().resolve("annual").resolve(term.key());
    }

    /** The term's method: the {@code annual:} or {@code quarterly:} section of the year's method file. */
    public TermMethod method(Term term) {
        RulesFile file = rulesSource.forYear(term.year());
        try {
            TermMethodReader.TermMethods methods = TermMethodReader.parse(file.text(), file.source());
            return term.isYear() ? methods.annual() : methods.quarterly();
        } catch (RulesFileException e) {
            throw new TermRefusedException("考核办法文件有误：" + e.getMessage());
        }
    }

    /** What a term is assessed from, once checked. */
    record Checked(
            TermMethod method,
            RulesFile rules,
            List<YearMonth> counted,
            List<YearMonth> missing,
            List<UnitScore> termEnd,
            TermInputFiles.Entries entries) {}

    /**
     * Every refusal of issue 19 before anything is written: an unfinished quarter, months without results (beyond
     * what the method allows), 核定 figures or 加减分 for units that do not exist, awards naming no group or an
     * unknown one.
     *
     * @throws TermRefusedException saying what and why, in Chinese
     */
    public Checked check(Term term) {
        if (!term.isOverOn(java.time.LocalDate.now(clock))) {
            throw new TermRefusedException(term.title() + "尚未结束（" + term.lastMonth() + " 月底之后才能考核）");
        }
        TermMethod method = method(term);
        List<YearMonth> counted = new ArrayList<>();
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth m : term.months()) {
            (months.findRun(m) != null ? counted : missing).add(m);
        }
        String section = term.isYear() ? "annual" : "quarterly";
        if (missing.contains(term.lastMonth())) {
            throw new TermRefusedException(term.title() + "考核需要期末月份 " + term.lastMonth() + " 的考核结果（"
                    + term.endWord() + "数据取自该月），但该月尚未考核；缺少的月份："
                    + join(missing) + "。请先运行 scorecard monthly --period " + term.lastMonth());
        }
        if (missing.size() > method.allowedMissingMonths()) {
            throw new TermRefusedException(term.title() + "考核缺少 " + missing.size() + " 个月的考核结果：" + join(missing)
                    + "。考核办法（" + section + ".allowed_missing_months = " + method.allowedMissingMonths() + "）"
                    + (method.allowedMissingMonths() == 0 ? "不允许缺月" : "至多允许缺 " + method.allowedMissingMonths() + " 个月")
                    + "。请先运行这些月份的 scorecard monthly（或 assess），或在考核办法中放宽该项");
        }
        List<UnitScore> termEnd = months.findUnitScores(term.lastMonth());
        Set<String> groups =
                termEnd.stream().map(UnitScore::groupName).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> problems = new ArrayList<>();
        for (TermMethod.Award award : method.awards()) {
            for (String group : award.groups()) {
                if (!group.equals(TermMethod.ALL_GROUPS) && !groups.contains(group)) {
                    problems.add("考核办法 " + section + ".awards 中奖项“" + award.name() + "”的组别“" + group + "”不是 "
                            + term.year() + " 年的考核组别（现有：" + String.join("、", groups) + "）");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TermRefusedException(String.join("\n", problems));
        }
        Set<String> units =
                termEnd.stream().map(UnitScore::unitCode).collect(Collectors.toCollection(LinkedHashSet::new));
        // the year's method decides which indicators carry a target (and so may have a 核定数)
        Set<String> codes = rulesSource.catalogueFor(term.year()).withTargets().stream()
                .map(Indicator::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        TermInputFiles.Entries entries = new TermInputFiles(entriesFolder(term), units, codes).read(term.key());
        return new Checked(method, rulesSource.forYear(term.year()), counted, missing, termEnd, entries);
    }

    /** Assesses the term and replaces its stored results. */
    @Transactional
    public List<TermUnitResult> assess(Term term, Long jobExecutionId) {
        Checked c = check(term);
        Map<String, List<BigDecimal>> totals = new LinkedHashMap<>();
        for (YearMonth m : c.counted()) {
            for (UnitScore s : months.findUnitScores(m)) {
                totals.computeIfAbsent(s.unitCode(), u -> new ArrayList<>()).add(s.totalScore());
            }
        }
        Map<String, List<IndicatorResult>> indicators = months.findIndicatorResults(term.lastMonth()).stream()
                .collect(Collectors.groupingBy(IndicatorResult::unitCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, TermUnitResult> previous = terms
                .findUnitResults(term.previous().key())
                .stream()
                .collect(Collectors.toMap(TermUnitResult::unitCode, Function.identity()));
        Map<String, TermAssessor.UnitInputs> inputs = new LinkedHashMap<>();
        for (UnitScore u : c.termEnd()) {
            inputs.put(
                    u.unitCode(),
                    new TermAssessor.UnitInputs(
                            totals.getOrDefault(u.unitCode(), List.of()),
                            u,
                            indicators.getOrDefault(u.unitCode(), List.of()),
                            c.entries().verified().getOrDefault(u.unitCode(), Map.of()),
                            c.entries().adjustments().getOrDefault(u.unitCode(), List.of()),
                            previous.get(u.unitCode())));
        }
        TermAssessor.Outcome outcome =
                new TermAssessor(term, c.method(), c.rules().rules()).assess(inputs);
        String key = term.key();
        terms.deleteAdjustments(key);
        terms.deleteIndicatorResults(key);
        terms.deleteUnitResults(key);
        terms.deleteRun(key);
        terms.insertRun(new TermRun(
                key,
                term.kind(),
                LocalDateTime.now(clock).withNano(0),
                c.rules().rules().name(),
                c.rules().sha256(),
                join(c.counted()),
                c.missing().isEmpty() ? null : join(c.missing()),
                c.method().summary(term.endWord()),
                jobExecutionId));
        if (!outcome.units().isEmpty()) {
            terms.insertUnitResults(outcome.units());
        }
        if (!outcome.indicators().isEmpty()) {
            terms.insertIndicatorResults(outcome.indicators());
        }
        List<TermAdjustment> adjustments = c.entries().adjustments().values().stream()
                .flatMap(List::stream)
                .toList();
        if (!adjustments.isEmpty()) {
            terms.insertAdjustments(adjustments);
        }
        return outcome.units();
    }

    private static String join(List<YearMonth> months) {
        return months.stream().map(YearMonth::toString).collect(Collectors.joining("、"));
    }
}
