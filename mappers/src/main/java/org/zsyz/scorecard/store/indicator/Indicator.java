package org.zsyz.scorecard.store.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The assessed figures of docs/method.md (Figures): seven YTD indicators with a target, and three cohort rates.
 * The code is what the database stores.
 */
public enum Indicator {
    I1("到位市外资金", "到位市外资金", "亿元", Kind.MONEY),
    I2("其中省外资金", "省外资金", "亿元", Kind.MONEY),
    I3("实际利用外资", "实际利用外资", "万美元", Kind.MONEY),
    I4("新签约亿元以上项目", "新签约亿元项目", "个", Kind.COUNT),
    I5("新签约合同额", "新签约合同额", "亿元", Kind.MONEY),
    I6("新开工亿元以上项目", "新开工亿元项目", "个", Kind.COUNT),
    I7("外出招商", "外出招商", "批次", Kind.COUNT),
    R_FULFIL("合同履约率", "合同履约率", "%", Kind.RATE),
    R_START("项目开工率", "项目开工率", "%", Kind.RATE),
    R_FUNDS("资金到位率", "资金到位率", "%", Kind.RATE);

    public enum Kind {
        MONEY,
        COUNT,
        RATE
    }

    private final String fullName;
    private final String shortName;
    private final String unitOfMeasure;
    private final Kind kind;

    Indicator(String fullName, String shortName, String unitOfMeasure, Kind kind) {
        this.fullName = fullName;
        this.shortName = shortName;
        this.unitOfMeasure = unitOfMeasure;
        this.kind = kind;
    }

    public String fullName() {
        return fullName;
    }

    public String shortName() {
        return shortName;
    }

    public String unitOfMeasure() {
        return unitOfMeasure;
    }

    public Kind kind() {
        return kind;
    }

    /** A YTD indicator with an annual target (I1..I7), as opposed to a cohort rate. */
    public boolean hasTarget() {
        return kind != Kind.RATE;
    }

    /** Header in the targets workbook, e.g. 到位市外资金(亿元); {@code null} for rates. */
    public String targetHeader() {
        return hasTarget() ? fullName + "(" + unitOfMeasure + ")" : null;
    }

    public static List<Indicator> withTargets() {
        return Arrays.stream(values()).filter(Indicator::hasTarget).toList();
    }

    public static List<Indicator> rates() {
        return Arrays.stream(values()).filter(i -> !i.hasTarget()).toList();
    }

    public static Optional<Indicator> ofCode(String code) {
        return Arrays.stream(values()).filter(v -> v.name().equals(code)).findFirst();
    }
}
