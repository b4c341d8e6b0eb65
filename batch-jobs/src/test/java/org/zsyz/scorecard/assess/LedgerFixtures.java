package org.zsyz.scorecard.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.LedgerProject;

/** Ledger rows for the rule tests, built field by field so each test says what matters to it. */
final class LedgerFixtures {

    private static int counter;

    private LedgerFixtures() {}

    static Builder project() {
        return new Builder();
    }

    static final class Builder {
        String no = "XM-" + (++counter);
        InvestorSource source = InvestorSource.OUT_OF_PROVINCE;
        ProjectStatus status = ProjectStatus.SIGNED;
        String industry = "工业";
        LocalDate signedOn = LocalDate.of(2013, 3, 1);
        String contract = "2";
        LocalDate startedOn;
        String fundsTotal = "0";
        String fundsThisYear = "0";
        String foreign;
        boolean fulfilled = true;
        boolean fortune500;

        Builder no(String v) {
            no = v;
            return this;
        }

        Builder source(InvestorSource v) {
            source = v;
            return this;
        }

        Builder status(ProjectStatus v) {
            status = v;
            return this;
        }

        Builder industry(String v) {
            industry = v;
            return this;
        }

        Builder signed(LocalDate v) {
            signedOn = v;
            return this;
        }

        Builder contract(String v) {
            contract = v;
            return this;
        }

        Builder started(LocalDate v) {
            startedOn = v;
            return this;
        }

        Builder fundsTotal(String v) {
            fundsTotal = v;
            return this;
        }

        Builder fundsThisYear(String v) {
            fundsThisYear = v;
            if (new BigDecimal(v).compareTo(new BigDecimal(fundsTotal)) > 0) {
                fundsTotal = v;
            }
            return this;
        }

        Builder foreign(String v) {
            foreign = v;
            return this;
        }

        Builder notFulfilled() {
            fulfilled = false;
            return this;
        }

        Builder fortune500() {
            fortune500 = true;
            return this;
        }

        LedgerProject build() {
            return new LedgerProject(
                    1L,
                    no,
                    counter + 1,
                    "项目" + no,
                    "投资方" + no,
                    source,
                    industry,
                    status,
                    signedOn,
                    contract == null ? null : new BigDecimal(contract),
                    startedOn,
                    new BigDecimal(fundsTotal),
                    new BigDecimal(fundsThisYear),
                    foreign == null ? null : new BigDecimal(foreign),
                    fulfilled,
                    fortune500,
                    null);
        }
    }
}
