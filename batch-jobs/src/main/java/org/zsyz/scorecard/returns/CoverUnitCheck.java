package org.zsyz.scorecard.returns;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zsyz.scorecard.excel.CellText;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.SafeFiles;
import org.zsyz.scorecard.excel.TemplateChecks;
import org.zsyz.scorecard.excel.UnreadableWorkbookException;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * Whose return a file is, from its cover: the unit it names, a cover that names another unit than the sender's,
 * and the issues of a file no unit can be named for. Split from {@link ReturnImporter} to keep it a screenful.
 */
final class CoverUnitCheck {

    // The importer's logger, so the import's log lines keep their category.
    private static final Logger log = LoggerFactory.getLogger(ReturnImporter.class);

    private final AssessedUnitMapper units;

    CoverUnitCheck(AssessedUnitMapper units) {
        this.units = units;
    }

    /**
     * The refusal of a file whose cover names another unit than the one the sender acts for (the portal's
     * county accounts), or {@code null} when it is the sender's own or the sender is not bound to a unit.
     */
    static ImportIssue foreignUnitIssue(
            String fileName, ReturnWorkbookReader.Cover cover, AssessedUnit unit, String expectedUnit) {
        if (expectedUnit == null || expectedUnit.equals(unit.unitCode())) {
            return null;
        }
        log.warn(
                "{} names unit {} but was sent for unit {}: refused, nothing stored",
                fileName,
                unit.unitCode(),
                expectedUnit);
        return new ImportIssue(
                ImportIssue.Severity.ERROR,
                cover.sheet(),
                cover.unitCodeCell(),
                ReturnTemplate.COVER_UNIT_CODE,
                cover.unitCode(),
                "封面单位代码不是本单位（" + expectedUnit + "）的代码，只能报送本单位的月报表，应使用本单位的模板填报");
    }

    /** The cover's own problems joined to the rest of the file's, one line per cell and field. */
    static List<ImportIssue> merge(IssueList all, IssueList placeIssues) {
        List<ImportIssue> found = all.all();
        placeIssues.all().stream()
                .filter(p -> found.stream()
                        .noneMatch(a -> a.isError()
                                && Objects.equals(a.sheet(), p.sheet())
                                && Objects.equals(a.cell(), p.cell())
                                && Objects.equals(a.field(), p.field())))
                .forEach(all::add);
        return all.all();
    }

    /**
     * A file no unit can be named for is stored nowhere; still, the unit gets every problem at once: the rest of
     * the file is read (nothing kept) and its issues join the cover's.
     */
    static List<ImportIssue> unattributedIssues(
            ReturnWorkbookReader reader, Path file, YearMonth period, IssueList placeIssues) {
        try {
            // The cover's own check may already have said what is wrong with that cell: one line per cell and field.
            return merge(reader.read(file, 0, period, project -> {}).issues(), placeIssues);
        } catch (UnreadableWorkbookException e) {
            return ReturnVersionRecorder.fileIssue(e.getMessage());
        }
    }

    AssessedUnit identifyUnit(String fileName, ReturnWorkbookReader.Cover cover, YearMonth period, IssueList issues) {
        if (cover.sheet() == null) {
            issues.error(ReturnTemplate.COVER_SHEET, null, null, null, "缺少工作表「封面」，无法确定报送单位，应使用统一模板填报");
            return null;
        }
        String sheet = cover.sheet();
        if (cover.unitCode() == null) {
            issues.error(
                    sheet,
                    cover.unitCodeCell(),
                    ReturnTemplate.COVER_UNIT_CODE,
                    null,
                    "封面未填写单位代码，无法确定报送单位，应填写考核单位代码，如 410711");
            return null;
        }
        AssessedUnit unit =
                TemplateChecks.isUnitCode(cover.unitCode()) ? units.findUnit(period.getYear(), cover.unitCode()) : null;
        if (unit == null) {
            issues.error(
                    sheet,
                    cover.unitCodeCell(),
                    ReturnTemplate.COVER_UNIT_CODE,
                    cover.unitCode(),
                    "单位代码不在" + period.getYear() + "年考核单位名单中，应填写年度目标任务书中本单位的代码");
            return null;
        }
        String stem = SafeFiles.stem(fileName);
        // A file named after another unit of the year is most likely that unit's return with the wrong cover.
        if (TemplateChecks.isUnitCode(stem)
                && !stem.equals(cover.unitCode())
                && units.findUnit(period.getYear(), stem) != null) {
            issues.error(
                    sheet,
                    cover.unitCodeCell(),
                    ReturnTemplate.COVER_UNIT_CODE,
                    cover.unitCode(),
                    "封面单位代码与文件名中的单位代码“" + stem + "”不一致，应核对是否交错了文件");
        }
        if (cover.unitName() != null && !CellText.key(cover.unitName()).equals(CellText.key(unit.unitName()))) {
            issues.warning(
                    sheet,
                    cover.unitNameCell(),
                    ReturnTemplate.COVER_UNIT_NAME,
                    cover.unitName(),
                    "单位名称与考核单位名单中的“" + unit.unitName() + "”不一致，已按单位代码识别");
        }
        return unit;
    }
}
