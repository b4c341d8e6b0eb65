package org.zsyz.scorecard.assess;

import java.util.List;

/** The ledger amounts a 核减 may apply to, named as a method's {@code sum:} names them. */
public final class ReviewAmounts {

    public static final String FUNDS_THIS_YEAR = "funds_this_year";
    public static final String FUNDS_TOTAL = "funds_total";
    public static final String CONTRACT = "contract_amount";
    public static final String FOREIGN = "foreign_funds_this_year";

    public static final List<String> ALL = List.of(FUNDS_THIS_YEAR, FUNDS_TOTAL, CONTRACT, FOREIGN);

    private ReviewAmounts() {}

    public static String label(String field) {
        return switch (field) {
            case FUNDS_TOTAL -> "累计到位资金";
            case CONTRACT -> "合同投资额";
            case FOREIGN -> "本年到位外资";
            default -> "本年到位资金";
        };
    }

    public static String unit(String field) {
        return FOREIGN.equals(field) ? "万美元" : "亿元";
    }
}
