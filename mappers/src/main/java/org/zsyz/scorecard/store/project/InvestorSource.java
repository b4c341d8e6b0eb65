package org.zsyz.scorecard.store.project;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.zsyz.scorecard.domain.Labelled;

/** 投资方来源. Decides which funds count as 市外资金 (I1), 省外资金 (I2) or 外资 (I3). */
public enum InvestorSource implements Labelled {
    LOCAL("市内"),
    OTHER_CITY_IN_PROVINCE("市外省内"),
    OUT_OF_PROVINCE("省外"),
    FOREIGN("境外");

    private final String label;

    InvestorSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Funds from outside the city: I1 到位市外资金. */
    public boolean isFromOutsideCity() {
        return this == OTHER_CITY_IN_PROVINCE || this == OUT_OF_PROVINCE;
    }

    public static Optional<InvestorSource> ofLabel(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(InvestorSource::label).toList();
    }
}
