package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zsyz.scorecard.domain.WarningKind;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.ActivityFigure;
import org.zsyz.scorecard.store.returns.LedgerProject;

/**
 * A unit's figures for a period, accumulated project by project from its ledger (docs/method.md, Figures), so a
 * ledger of any length is read once and never held whole.
 */
public final class LedgerFigures {

    private final YearMonth period;
    private final LocalDate yearStart;
    private final LocalDate periodEnd;
    private final LocalDate cohortStart;
    private final AssessmentRules rules;
    private final DefinedFigures defined;

    private BigDecimal fundsFromOutsideCity = BigDecimal.ZERO;
    private BigDecimal fundsFromOutsideProvince = BigDecimal.ZERO;
    private BigDecimal foreignFunds = BigDecimal.ZERO;
    private int bigProjectsSigned;
    private BigDecimal contractsSigned = BigDecimal.ZERO;
    private int bigProjectsStarted;
    private Integer trips;

    private int cohortSigned;
    private int cohortFulfilled;
    private int cohortStarted;
    private BigDecimal cohortFunds = BigDecimal.ZERO;
    private BigDecimal cohortContracts = BigDecimal.ZERO;

    private final Map<ProjectStatus, Tally> byStatus = new EnumMap<>(ProjectStatus.class);
    private final Map<String, Tally> byIndustry = new TreeMap<>();
    private final List<BonusItem> bonusItems = new ArrayList<>();
    private final List<ProjectWarning> warnings = new ArrayList<>();

    public LedgerFigures(YearMonth period, AssessmentRules rules) {
        this.period = period;
        this.rules = rules;
        this.yearStart = period.atDay(1).withDayOfYear(1);
        this.periodEnd = period.atEndOfMonth();
        this.cohortStart = rules.cohortStart(period);
        this.defined = rules.definitions().builtIn()
                ? null
                : new DefinedFigures(
                        rules.definitions(), new ProjectCondition.Dates(yearStart, cohortStart, periodEnd));
    }

    /** Project count and Σ 合同投资额 of a pipeline line. */
    public record Tally(int projects, BigDecimal contractAmount) {
        Tally plus(BigDecimal amount) {
            return new Tally(projects + 1, contractAmount.add(amount == null ? BigDecimal.ZERO : amount));
        }
    }

    /** A project that earns 加分, at its highest tier; the reason names the project, its amount and its tier. */
    public record BonusItem(String projectNo, String projectName, BigDecimal points, String reason) {}

    /** 超期未开工 (OVERDUE_START) or no funds a year after signing (NO_FUNDS). */
    public record ProjectWarning(WarningKind kind, String projectNo, String message) {}

    /** A cohort rate with its parts; rate is {@code null} for an empty cohort. */
    public record RateFigure(BigDecimal numerator, BigDecimal denominator, BigDecimal rate) {}

    public void add(LedgerProject p) {
        if (defined != null) {
            defined.add(p);
        }
        InvestorSource source = p.investorSource();
        BigDecimal thisYear = zeroIfNull(p.fundsThisYear());
        if (source.isFromOutsideCity()) {
            fundsFromOutsideCity = fundsFromOutsideCity.add(thisYear);
        }
        if (source == InvestorSource.OUT_OF_PROVINCE) {
            fundsFromOutsideProvince = fundsFromOutsideProvince.add(thisYear);
        }
        if (source == InvestorSource.FOREIGN) {
            foreignFunds = foreignFunds.add(zeroIfNull(p.foreignFundsThisYear()));
        }
        BigDecimal contract = zeroIfNull(p.contractAmount());
        boolean big = contract.compareTo(rules.bigProject()) >= 0;
        boolean signedThisYear = within(p.signedOn(), yearStart);
        if (signedThisYear) {
            contractsSigned = contractsSigned.add(contract);
            if (big) {
                bigProjectsSigned++;
            }
            bonus(p, contract);
        }
        boolean hasStarted = p.projectStatus() == ProjectStatus.STARTED
                || p.projectStatus() == ProjectStatus.COMPLETED
                || p.projectStatus() == ProjectStatus.TERMINATED;
        if (big && hasStarted && within(p.startedOn(), yearStart)) {
            bigProjectsStarted++;
        }
        if (within(p.signedOn(), cohortStart)) {
            cohortSigned++;
            if (p.projectStatus() != ProjectStatus.TERMINATED && p.fulfilled()) {
                cohortFulfilled++;
            }
            if (p.projectStatus() == ProjectStatus.STARTED || p.projectStatus() == ProjectStatus.COMPLETED) {
                cohortStarted++;
            }
            cohortFunds = cohortFunds.add(zeroIfNull(p.fundsTotal()));
            cohortContracts = cohortContracts.add(contract);
        }
        byStatus.merge(
                p.projectStatus(),
                new Tally(0, BigDecimal.ZERO).plus(p.contractAmount()),
                (a, b) -> new Tally(
                        a.projects() + b.projects(), a.contractAmount().add(b.contractAmount())));
        byIndustry.merge(
                p.industry(),
                new Tally(0, BigDecimal.ZERO).plus(p.contractAmount()),
                (a, b) -> new Tally(
                        a.projects() + b.projects(), a.contractAmount().add(b.contractAmount())));
        warn(p);
    }

    public void activity(ActivityFigure activity) {
        trips = activity == null ? null : activity.trips();
        if (defined != null) {
            defined.activity(activity);
        }
    }

    private boolean within(LocalDate date, LocalDate from) {
        return date != null && !date.isBefore(from) && !date.isAfter(periodEnd);
    }

    /** 加分 at the project's highest tier; a terminated project earns none (it will not be built). */
    private void bonus(LedgerProject p, BigDecimal contract) {
        if (p.projectStatus() == ProjectStatus.TERMINATED) {
            return;
        }
        AssessmentRules.Bonus b = rules.bonus();
        BigDecimal points = BigDecimal.ZERO;
        String reason = null;
        List<String> qualifies = new ArrayList<>();
        if (p.fortune500()) {
            qualifies.add("世界500强企业投资");
            if (b.fortune500().compareTo(points) > 0) {
                points = b.fortune500();
                reason = "世界500强企业投资项目";
            }
        }
        for (AssessmentRules.ContractTier tier : b.contractTiers()) {
            if (contract.compareTo(tier.fromYi()) >= 0) {
                qualifies.add("合同投资额" + Decimals.plain(tier.fromYi()) + "亿元以上");
                if (tier.points().compareTo(points) > 0) {
                    points = tier.points();
                    reason = "合同投资额" + Decimals.plain(tier.fromYi()) + "亿元以上项目";
                }
            }
        }
        if (points.signum() > 0) {
            String detail = "项目“" + p.projectName() + "”（" + p.projectNo() + "，" + p.signedOn() + "签约，合同投资额"
                    + Decimals.plain(contract) + "亿元" + (p.fortune500() ? "，世界500强企业投资" : "") + "）属" + reason;
            String tierNote = qualifies.size() > 1 ? "（同时符合" + String.join("、", qualifies) + "，按最高档计一次）" : "";
            bonusItems.add(new BonusItem(p.projectNo(), p.projectName(), points, detail + tierNote));
        }
    }

    /** 超期未开工 and no funds: signed more than the configured months before the period's end. */
    private void warn(LedgerProject p) {
        if (p.signedOn() == null || p.signedOn().isAfter(periodEnd) || p.projectStatus() == ProjectStatus.TERMINATED) {
            return;
        }
        if (p.projectStatus() == ProjectStatus.SIGNED
                && p.signedOn().plusMonths(rules.overdueStartMonths()).isBefore(periodEnd)) {
            warnings.add(new ProjectWarning(
                    WarningKind.OVERDUE_START,
                    p.projectNo(),
                    "项目“" + p.projectName() + "”（"
                            + p.projectNo() + "）于" + p.signedOn() + "签约，至" + periodEnd + "已超过"
                            + rules.overdueStartMonths()
                            + "个月仍未开工"));
        }
        if (zeroIfNull(p.fundsTotal()).signum() == 0
                && p.signedOn().plusMonths(rules.noFundsMonths()).isBefore(periodEnd)) {
            warnings.add(new ProjectWarning(
                    WarningKind.NO_FUNDS,
                    p.projectNo(),
                    "项目“" + p.projectName() + "”（"
                            + p.projectNo() + "）于" + p.signedOn() + "签约，至" + periodEnd + "已超过" + rules.noFundsMonths()
                            + "个月仍无资金到位"));
        }
        BigDecimal floor = rules.startedLowFundsPercent();
        BigDecimal contract = p.contractAmount();
        if (floor != null
                && (p.projectStatus() == ProjectStatus.STARTED || p.projectStatus() == ProjectStatus.COMPLETED)
                && contract != null
                && contract.signum() > 0) {
            BigDecimal percent = zeroIfNull(p.fundsTotal())
                    .multiply(new BigDecimal(100))
                    .divide(contract, 2, java.math.RoundingMode.HALF_UP);
            if (percent.compareTo(floor) < 0) {
                warnings.add(new ProjectWarning(
                        WarningKind.LOW_FUNDS_STARTED,
                        p.projectNo(),
                        "项目“" + p.projectName() + "”（" + p.projectNo() + "）已开工，到位资金"
                                + Decimals.plain(zeroIfNull(p.fundsTotal())) + "亿元，仅为合同投资额的" + Decimals.plain(percent)
                                + "%，低于" + Decimals.plain(floor) + "%"));
            }
        }
    }

    /** The YTD figure of I1..I7; {@code null} only for I7 when the return left it blank. */
    public BigDecimal ytd(Indicator indicator) {
        if (defined != null) {
            return defined.value(indicator);
        }
        if (indicator.equals(Indicator.I1)) {
            return fundsFromOutsideCity;
        } else if (indicator.equals(Indicator.I2)) {
            return fundsFromOutsideProvince;
        } else if (indicator.equals(Indicator.I3)) {
            return foreignFunds;
        } else if (indicator.equals(Indicator.I4)) {
            return new BigDecimal(bigProjectsSigned);
        } else if (indicator.equals(Indicator.I5)) {
            return contractsSigned;
        } else if (indicator.equals(Indicator.I6)) {
            return new BigDecimal(bigProjectsStarted);
        } else if (indicator.equals(Indicator.I7)) {
            return trips == null ? null : new BigDecimal(trips);
        }
        throw new IllegalArgumentException(indicator + " is a rate");
    }

    public RateFigure rate(Indicator indicator) {
        if (defined != null) {
            return rules.definitions().of(indicator).source() instanceof IndicatorSource.Ratio
                    ? defined.rate(indicator)
                    : new RateFigure(null, null, defined.value(indicator));
        }
        if (indicator.equals(Indicator.R_FULFIL)) {
            return count(cohortFulfilled, cohortSigned);
        } else if (indicator.equals(Indicator.R_START)) {
            return count(cohortStarted, cohortSigned);
        } else if (indicator.equals(Indicator.R_FUNDS)) {
            // An empty cohort gives "—"; so does a cohort whose contracts sum to nothing.
            return cohortSigned == 0
                    ? new RateFigure(cohortFunds, cohortContracts, null)
                    : new RateFigure(cohortFunds, cohortContracts, Decimals.ratio(cohortFunds, cohortContracts));
        }
        throw new IllegalArgumentException(indicator + " is not a rate");
    }

    private static RateFigure count(int numerator, int denominator) {
        BigDecimal n = new BigDecimal(numerator);
        BigDecimal d = new BigDecimal(denominator);
        return new RateFigure(n, d, Decimals.ratio(n, d));
    }

    public Map<ProjectStatus, Tally> byStatus() {
        return byStatus;
    }

    public Map<String, Tally> byIndustry() {
        return byIndustry;
    }

    public List<BonusItem> bonusItems() {
        return bonusItems;
    }

    /** Under a format-2 method: the projects its project rules apply to, and each quota's count. */
    DefinedFigures defined() {
        return defined;
    }

    public List<ProjectWarning> warnings() {
        return warnings;
    }

    public YearMonth period() {
        return period;
    }

    /** The first signing date of the rate cohort. */
    public LocalDate cohortStart() {
        return cohortStart;
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
