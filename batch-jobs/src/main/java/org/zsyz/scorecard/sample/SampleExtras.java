package org.zsyz.scorecard.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.zsyz.scorecard.assess.ExtraColumns;
import org.zsyz.scorecard.assess.LedgerColumn;
import org.zsyz.scorecard.returns.CreditCode;
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.returns.ReturnWorkbook;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.store.returns.ExtraValues;

/**
 * Values for a method's extra ledger columns in the sample city, the same for a project every month (seeded by
 * its number and the column): a started project is 是 on a yes/no column two times in three, an amount column is a
 * share of its contract (blank where the row's yes/no column says 否), choices and codes are drawn from the seed.
 */
final class SampleExtras {

    private final ExtraColumns columns;
    private final long seed;

    SampleExtras(ExtraColumns columns, long seed) {
        this.columns = columns;
        this.seed = seed;
    }

    ReturnWorkbook fill(ReturnWorkbook r) {
        List<LedgerRow> rows = new ArrayList<>(r.projects().size());
        for (LedgerRow p : r.projects()) {
            rows.add(p.withExtraValues(ExtraValues.encode(values(p))));
        }
        return new ReturnWorkbook(r.cover(), rows, r.activity());
    }

    private Map<String, String> values(LedgerRow p) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean started = p.status() == ProjectStatus.STARTED || p.status() == ProjectStatus.COMPLETED;
        boolean yes = true;
        for (LedgerColumn c : columns.all()) {
            Random rng = new Random(SampleCityGenerator.mix(seed, p.projectNo() + "/" + c.code(), 18));
            if (c.type() == LedgerColumn.Type.YES_NO) {
                yes = started && rng.nextInt(3) > 0;
                out.put(c.code(), yes ? "是" : "否");
            }
        }
        for (LedgerColumn c : columns.all()) {
            Random rng = new Random(SampleCityGenerator.mix(seed, p.projectNo() + "/" + c.code(), 18));
            String v = switch (c.type()) {
                case YES_NO -> out.get(c.code());
                case AMOUNT -> yes && p.contractAmount() != null ? amount(c, p.contractAmount(), rng) : null;
                case NUMBER -> bounded(c, rng).toPlainString();
                case COUNT -> Integer.toString(rng.nextInt(6));
                case DATE -> p.signedOn() == null ? null : p.signedOn().toString();
                case CHOICE -> c.choices().get(rng.nextInt(c.choices().size()));
                case CREDIT_CODE -> creditCode(rng);
                case TEXT -> c.pattern() == null ? "示例" + p.projectNo() : null;
            };
            if (v != null || c.required()) {
                out.put(c.code(), v == null ? "0" : v);
            } else {
                out.remove(c.code());
            }
        }
        return out;
    }

    private static String amount(LedgerColumn c, BigDecimal contract, Random rng) {
        BigDecimal share = new BigDecimal(30 + rng.nextInt(61)).movePointLeft(2);
        BigDecimal yi = contract.multiply(share).setScale(4, RoundingMode.HALF_UP);
        BigDecimal v = "万元".equals(c.unit()) ? yi.movePointRight(4) : yi;
        if (c.max() != null && v.compareTo(c.max()) > 0) {
            v = c.max();
        }
        return v.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal bounded(LedgerColumn c, Random rng) {
        BigDecimal lo = c.min() == null ? BigDecimal.ZERO : c.min();
        BigDecimal hi = c.max() == null ? lo.add(new BigDecimal(100)) : c.max();
        return lo.add(hi.subtract(lo).multiply(new BigDecimal(rng.nextInt(101))).movePointLeft(2))
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static String creditCode(Random rng) {
        StringBuilder b = new StringBuilder("9141");
        while (b.length() < 17) {
            b.append(CreditCode.CHARSET.charAt(rng.nextInt(b.length() < 8 ? 10 : CreditCode.CHARSET.length())));
        }
        return CreditCode.withCheck(b.toString());
    }
}
