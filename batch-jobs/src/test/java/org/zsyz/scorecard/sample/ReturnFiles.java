package org.zsyz.scorecard.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zsyz.scorecard.returns.LedgerRow;
import org.zsyz.scorecard.returns.ReturnActivity;
import org.zsyz.scorecard.returns.ReturnCover;
import org.zsyz.scorecard.returns.ReturnTemplate;
import org.zsyz.scorecard.returns.ReturnWorkbook;
import org.zsyz.scorecard.returns.WorkbookProbe;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.indicator.IndicatorCatalogue;
import org.zsyz.scorecard.store.project.InvestorSource;
import org.zsyz.scorecard.store.project.ProjectStatus;
import org.zsyz.scorecard.targets.TargetsTemplate;

/**
 * Test-side reading of the generated files back into the writers' models, by header text, with money at the
 * scales the sample uses (contracts 2, funds 4, 万美元 2 decimals) so they compare with {@code equals}.
 */
final class ReturnFiles {

    private ReturnFiles() {}

    static ReturnWorkbook read(Path file) throws IOException {
        try (XSSFWorkbook wb = WorkbookProbe.open(file)) {
            Sheet cover = wb.getSheet(ReturnTemplate.COVER_SHEET);
            Map<String, String> coverValues = new HashMap<>();
            for (Row row : cover) {
                coverValues.put(row.getCell(0).getStringCellValue(), text(row.getCell(1)));
            }
            ReturnCover returnCover = new ReturnCover(
                    coverValues.get(ReturnTemplate.COVER_UNIT_CODE),
                    coverValues.get(ReturnTemplate.COVER_UNIT_NAME),
                    YearMonth.parse(coverValues.get(ReturnTemplate.COVER_PERIOD)),
                    coverValues.get(ReturnTemplate.COVER_REPORTER),
                    coverValues.get(ReturnTemplate.COVER_PHONE));

            Sheet ledger = wb.getSheet(ReturnTemplate.LEDGER_SHEET);
            Map<String, Integer> col = new HashMap<>();
            Row header = ledger.getRow(0);
            for (Cell cell : header) {
                col.put(cell.getStringCellValue(), cell.getColumnIndex());
            }
            List<LedgerRow> projects = new ArrayList<>();
            for (int r = 1; r <= ledger.getLastRowNum(); r++) {
                Row row = ledger.getRow(r);
                projects.add(new LedgerRow(
                        text(row.getCell(col.get(ReturnTemplate.PROJECT_NO))),
                        text(row.getCell(col.get(ReturnTemplate.PROJECT_NAME))),
                        text(row.getCell(col.get(ReturnTemplate.INVESTOR))),
                        InvestorSource.ofLabel(text(row.getCell(col.get(ReturnTemplate.INVESTOR_SOURCE))))
                                .orElseThrow(),
                        text(row.getCell(col.get(ReturnTemplate.INDUSTRY))),
                        ProjectStatus.ofLabel(text(row.getCell(col.get(ReturnTemplate.STATUS))))
                                .orElseThrow(),
                        date(row.getCell(col.get(ReturnTemplate.SIGNED_ON))),
                        number(row.getCell(col.get(ReturnTemplate.CONTRACT_AMOUNT + "(亿元)")), 2),
                        date(row.getCell(col.get(ReturnTemplate.STARTED_ON))),
                        number(row.getCell(col.get(ReturnTemplate.FUNDS_TOTAL + "(亿元)")), 4),
                        number(row.getCell(col.get(ReturnTemplate.FUNDS_THIS_YEAR + "(亿元)")), 4),
                        number(row.getCell(col.get(ReturnTemplate.FOREIGN_FUNDS_THIS_YEAR)), 2),
                        yesNo(row.getCell(col.get(ReturnTemplate.FULFILLED))),
                        yesNo(row.getCell(col.get(ReturnTemplate.FORTUNE500))),
                        text(row.getCell(col.get(ReturnTemplate.REMARK)))));
            }

            Sheet activity = wb.getSheet(ReturnTemplate.ACTIVITY_SHEET);
            Map<String, Integer> counts = new HashMap<>();
            for (Row row : activity) {
                counts.put(row.getCell(0).getStringCellValue(), (int)
                        row.getCell(1).getNumericCellValue());
            }
            return new ReturnWorkbook(
                    returnCover,
                    projects,
                    new ReturnActivity(
                            counts.get(ReturnTemplate.TRIPS),
                            counts.get(ReturnTemplate.LEADER_TRIPS),
                            counts.get(ReturnTemplate.COMPANIES_VISITED),
                            counts.get(ReturnTemplate.VISITORS_RECEIVED)));
        }
    }

    /** A unit's targets as read from a targets workbook: code → indicator → target (absent = blank cell). */
    record TargetsFile(
            Map<String, List<String>> units,
            Map<String, Map<Indicator, BigDecimal>> targets,
            Map<Integer, BigDecimal> schedule) {}

    static TargetsFile readTargets(Path file) throws IOException {
        try (XSSFWorkbook wb = WorkbookProbe.open(file)) {
            Map<String, List<String>> units = new java.util.LinkedHashMap<>();
            Sheet unitSheet = wb.getSheet(TargetsTemplate.UNITS_SHEET);
            for (int r = 1; r <= unitSheet.getLastRowNum(); r++) {
                Row row = unitSheet.getRow(r);
                units.put(
                        text(row.getCell(0)),
                        List.of(text(row.getCell(1)), text(row.getCell(2)), text(row.getCell(3))));
            }
            Map<String, Map<Indicator, BigDecimal>> targets = new java.util.LinkedHashMap<>();
            Sheet targetSheet = wb.getSheet(TargetsTemplate.TARGETS_SHEET);
            List<Indicator> indicators = IndicatorCatalogue.DEFAULT.withTargets();
            for (int r = 1; r <= targetSheet.getLastRowNum(); r++) {
                Row row = targetSheet.getRow(r);
                TreeMap<Indicator, BigDecimal> values = new TreeMap<>();
                for (int i = 0; i < indicators.size(); i++) {
                    BigDecimal value = number(row.getCell(i + 1), 2);
                    if (value != null) {
                        values.put(indicators.get(i), value);
                    }
                }
                targets.put(text(row.getCell(0)), values);
            }
            Map<Integer, BigDecimal> schedule = new java.util.TreeMap<>();
            Sheet scheduleSheet = wb.getSheet(TargetsTemplate.SCHEDULE_SHEET);
            for (int r = 1; r <= scheduleSheet.getLastRowNum(); r++) {
                Row row = scheduleSheet.getRow(r);
                schedule.put((int) row.getCell(0).getNumericCellValue(), number(row.getCell(1), 2));
            }
            return new TargetsFile(units, targets, schedule);
        }
    }

    /** The model's values at the file's scales, so a generated return and its file compare with {@code equals}. */
    static LedgerRow atFileScales(LedgerRow p) {
        return new LedgerRow(
                p.projectNo(),
                p.name(),
                p.investor(),
                p.source(),
                p.industry(),
                p.status(),
                p.signedOn(),
                scale(p.contractAmount(), 2),
                p.startedOn(),
                scale(p.fundsTotal(), 4),
                scale(p.fundsThisYear(), 4),
                scale(p.foreignFundsThisYear(), 2),
                p.fulfilled(),
                p.fortune500(),
                p.remark());
    }

    private static BigDecimal scale(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.UNNECESSARY);
    }

    private static boolean blank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    private static String text(Cell cell) {
        return blank(cell) ? null : cell.getStringCellValue();
    }

    private static java.time.LocalDate date(Cell cell) {
        if (blank(cell)) {
            return null;
        }
        if (!DateUtil.isCellDateFormatted(cell)) {
            throw new AssertionError("not a date cell: " + cell.getAddress());
        }
        return cell.getLocalDateTimeCellValue().toLocalDate();
    }

    private static BigDecimal number(Cell cell, int scale) {
        return blank(cell)
                ? null
                : BigDecimal.valueOf(cell.getNumericCellValue()).setScale(scale, RoundingMode.HALF_UP);
    }

    private static Boolean yesNo(Cell cell) {
        String text = text(cell);
        return text == null
                ? null
                : switch (text) {
                    case "是" -> Boolean.TRUE;
                    case "否" -> Boolean.FALSE;
                    default -> throw new AssertionError("not 是/否: " + text);
                };
    }
}
