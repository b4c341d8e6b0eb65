package org.zsyz.scorecard.domain;

/** Why two ledger rows are taken for one project; stored by its name. */
public enum DuplicateKind implements Labelled {
    /** Two units report it in the same period. */
    SAME_PERIOD("两个单位同期报送"),
    /** Reported as signed this year, though a return of an earlier year had it signed before. */
    SIGNED_BEFORE("往年已签约又作新签约报送");

    private final String label;

    DuplicateKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
