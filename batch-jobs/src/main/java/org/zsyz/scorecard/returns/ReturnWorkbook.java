package org.zsyz.scorecard.returns;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Everything in one monthly return (月报表): the cover, the project ledger and the activity figures. With an empty
 * ledger and {@link ReturnActivity#BLANK} it is the blank template for a unit and period; pre-filled with the
 * unit's last accepted ledger it is the template for the next period.
 */
public record ReturnWorkbook(ReturnCover cover, List<LedgerRow> projects, ReturnActivity activity) {

    public ReturnWorkbook {
        Objects.requireNonNull(cover, "cover");
        projects = List.copyOf(projects);
        activity = activity == null ? ReturnActivity.BLANK : activity;
    }

    /** The blank template for one unit and period: cover filled in (any argument may be null), nothing else. */
    public static ReturnWorkbook blank(String unitCode, String unitName, YearMonth period) {
        return new ReturnWorkbook(
                new ReturnCover(unitCode, unitName, period, null, null), List.of(), ReturnActivity.BLANK);
    }
}
