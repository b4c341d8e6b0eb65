package org.zsyz.scorecard.store.returns;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a scorecard's 预警 list shows of a ledger project: its number, name, signing date and 合同投资额 (亿元). */
public record ProjectHeadline(String projectNo, String projectName, LocalDate signedOn, BigDecimal contractAmount) {}
