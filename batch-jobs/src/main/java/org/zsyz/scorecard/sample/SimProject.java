package org.zsyz.scorecard.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeMap;
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;

/** A project's mutable state while a unit's story is simulated month by month. Money is exact decimal. */
final class SimProject {

    static final BigDecimal ZERO_FUNDS = new BigDecimal("0.0000");
    static final BigDecimal ZERO_USD = new BigDecimal("0.00");

    final String no;
    final String name;
    final String investor;
    final InvestorSource source;
    final String industry;
    final boolean fortune500;
    final YearMonth entered;
    /** Never signs: a negotiation that drags on. */
    final boolean dormant;
    /** Reserved for a scripted signing (a flagship project); the regular signing leaves it alone. */
    final boolean reserved;

    ProjectStatus status = ProjectStatus.NEGOTIATING;
    LocalDate signedOn;
    BigDecimal contract;
    LocalDate startedOn;
    YearMonth endedIn;
    /** Signed but will never start (超期未开工 material). */
    boolean stalled;
    /** 累计到位资金, 亿元, RMB including converted foreign funds. */
    BigDecimal fundsTotal = ZERO_FUNDS;
    /** Year → domestic funds received that year, 亿元. */
    final TreeMap<Integer, BigDecimal> domesticByYear = new TreeMap<>();
    /** Year → foreign funds received that year, 万美元 (境外 projects only). */
    final TreeMap<Integer, BigDecimal> foreignByYear = new TreeMap<>();

    Boolean fulfilled;
    String remark;

    SimProject(
            String no,
            String name,
            String investor,
            InvestorSource source,
            String industry,
            boolean fortune500,
            YearMonth entered,
            boolean dormant,
            boolean reserved) {
        this.no = no;
        this.name = name;
        this.investor = investor;
        this.source = source;
        this.industry = industry;
        this.fortune500 = fortune500;
        this.entered = entered;
        this.dormant = dormant;
        this.reserved = reserved;
    }

    boolean isSigned() {
        return status != ProjectStatus.NEGOTIATING;
    }

    /** Signed or started and still honouring the contract: can receive funds, start, be terminated. */
    boolean isLive() {
        return (status == ProjectStatus.SIGNED || status == ProjectStatus.STARTED) && !Boolean.FALSE.equals(fulfilled);
    }

    /** Contract amount not yet received, 亿元 (never negative). */
    BigDecimal remaining() {
        return contract.subtract(fundsTotal).max(BigDecimal.ZERO);
    }

    boolean signedIn(int year) {
        return signedOn != null && signedOn.getYear() == year;
    }

    boolean startedIn(int year) {
        return startedOn != null && startedOn.getYear() == year;
    }

    BigDecimal domesticIn(int year) {
        return domesticByYear.getOrDefault(year, ZERO_FUNDS);
    }

    BigDecimal foreignIn(int year) {
        return foreignByYear.getOrDefault(year, ZERO_USD);
    }

    /** The ledger row as the unit reports it at the end of a month of {@code year}. */
    LedgerRow toLedger(int year, boolean explicitFlags) {
        Boolean fortune = fortune500 ? Boolean.TRUE : explicitFlags ? Boolean.FALSE : null;
        if (!isSigned()) {
            return new LedgerRow(
                    no, name, investor, source, industry, status, null, null, null, null, null, null, null, fortune,
                    remark);
        }
        BigDecimal domestic = source == InvestorSource.FOREIGN ? ZERO_FUNDS : domesticIn(year);
        BigDecimal foreign = source == InvestorSource.FOREIGN ? foreignIn(year) : null;
        return new LedgerRow(
                no,
                name,
                investor,
                source,
                industry,
                status,
                signedOn,
                contract,
                startedOn,
                fundsTotal,
                domestic,
                foreign,
                fulfilled,
                fortune,
                remark);
    }
}
