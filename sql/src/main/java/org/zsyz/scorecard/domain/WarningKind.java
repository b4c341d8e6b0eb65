package org.zsyz.scorecard.domain;

/** What a 预警 is about; stored by its name. Four are about a project of the ledger. */
public enum WarningKind implements Labelled {
    /** No accepted return for the period: the figures are carried from an earlier one. */
    NOT_REPORTED("未报送"),
    /** An indicator in the red colour band. */
    RED_INDICATOR("指标严重滞后"),
    /** 超期未开工: signed long ago and still not started. */
    OVERDUE_START("超期未开工"),
    /** 资金未到位: signed long ago and still without funds received. */
    NO_FUNDS("资金未到位"),
    /** 开工资金不足: started (or completed) with less than the method's share of the contract in place. */
    LOW_FUNDS_STARTED("开工资金不足"),
    /** 待补佐证材料: the method requires evidence for a project of this size; it does not count until it has some. */
    AWAITING_EVIDENCE("待补佐证材料");

    private final String label;

    WarningKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether the warning names a project (listed as a table on the scorecard). */
    public boolean aboutProject() {
        return this == OVERDUE_START || this == NO_FUNDS || this == LOW_FUNDS_STARTED || this == AWAITING_EVIDENCE;
    }
}
