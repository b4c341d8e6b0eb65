/**
 * Rendering of the published outputs: the city bulletin, one scorecard per unit (PDF, JasperReports)
 * and the Excel export. The records here are the contract with the publish job: they carry exact
 * figures (BigDecimal, full precision); formatting and rounding for display happen here.
 *
 * <p>Conventions: rates are ratios ({@code 1.1482} shows as 114.82%), gaps are percentage points,
 * money is in the unit named by the indicator, a {@code null} figure shows as "—".
 */
package org.zsyz.scorecard.report;
