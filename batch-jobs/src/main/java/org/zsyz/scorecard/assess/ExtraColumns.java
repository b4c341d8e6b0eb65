package org.zsyz.scorecard.assess;

import java.util.List;
import java.util.Optional;

/** The extra ledger columns a method declares, in its order; {@link #NONE} for every format-1 method. */
public record ExtraColumns(List<LedgerColumn> all) {

    public static final ExtraColumns NONE = new ExtraColumns(List.of());

    public ExtraColumns {
        all = List.copyOf(all);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public Optional<LedgerColumn> ofCode(String code) {
        return all.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** code（header）、… for messages that list what may be used. */
    public String describe() {
        return all.isEmpty()
                ? "（本办法未声明台账附加列）"
                : String.join(
                        "、",
                        all.stream().map(c -> c.code() + "（" + c.header() + "）").toList());
    }
}
