package org.zsyz.scorecard.targets;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.contact.ContactService;
import org.zsyz.scorecard.excel.FileDigest;
import org.zsyz.scorecard.excel.ImportIssue;
import org.zsyz.scorecard.excel.IssueList;
import org.zsyz.scorecard.excel.ReadLimits;
import org.zsyz.scorecard.excel.UnreadableWorkbookException;
import org.zsyz.scorecard.excel.WorkbookReader;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.targets.AnnualTarget;
import org.zsyz.scorecard.store.targets.AnnualTargetMapper;
import org.zsyz.scorecard.store.targets.ScheduleProgress;
import org.zsyz.scorecard.store.targets.TargetImport;
import org.zsyz.scorecard.store.unit.AssessedUnit;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;
import org.zsyz.scorecard.store.unit.AssessmentGroup;

/** Replaces a year's units, groups, targets and schedule with a targets workbook, whole or not at all. */
@Service
public class TargetsImporter {

    private static final Logger log = LoggerFactory.getLogger(TargetsImporter.class);

    private final AssessedUnitMapper units;
    private final AnnualTargetMapper targets;
    private final Clock clock;
    private final TargetsWorkbookReader reader = new TargetsWorkbookReader(new WorkbookReader(ReadLimits.DEFAULT));

    private final AssessmentRulesSource methods;
    private final ContactService contacts;

    public TargetsImporter(
            AssessedUnitMapper units,
            AnnualTargetMapper targets,
            Clock clock,
            AssessmentRulesSource methods,
            ContactService contacts) {
        this.units = units;
        this.targets = targets;
        this.clock = clock;
        this.methods = methods;
        this.contacts = contacts;
    }

    /** @throws TargetsRejectedException when the workbook has any error; nothing is stored then */
    @Transactional
    public TargetImport importFile(Path file, int year) {
        TargetsWorkbookReader.TargetsContent content;
        try {
            // the year's method decides the 年度目标 columns (the default's seven without a method file)
            content = reader.read(file, year, methods.catalogueFor(year));
        } catch (UnreadableWorkbookException e) {
            IssueList unreadable = new IssueList();
            unreadable.add(new ImportIssue(ImportIssue.Severity.ERROR, null, null, null, null, e.getMessage()));
            throw new TargetsRejectedException(file, year, unreadable, e.getMessage());
        }
        if (content.issues().hasErrors()) {
            throw new TargetsRejectedException(file, year, content.issues(), null);
        }
        content.issues()
                .all()
                .forEach(i -> log.warn(
                        "{}: {}",
                        file.getFileName(),
                        i.describe(file.getFileName().toString())));
        targets.deleteTargetsOfYear(year);
        targets.deleteScheduleOfYear(year);
        units.deleteUnitsOfYear(year);
        units.deleteGroupsOfYear(year);

        Map<String, Integer> groupOrder = new LinkedHashMap<>();
        content.units().forEach(u -> groupOrder.putIfAbsent(u.group(), groupOrder.size() + 1));
        groupOrder.forEach((group, order) -> units.insertGroup(new AssessmentGroup(year, group, order)));
        int order = 0;
        for (TargetsWorkbookReader.UnitLine u : content.units()) {
            units.insertUnit(new AssessedUnit(year, u.code(), u.name(), u.group(), u.ranked(), ++order));
        }
        // contacts of the optional columns, already checked by the reader; added or updated, never removed
        int contactRows = 0;
        for (TargetsWorkbookReader.UnitLine u : content.units()) {
            if (u.hasContact()) {
                contacts.set(u.code(), u.email(), u.webhook(), u.secret(), ContactService.Origin.COMMAND_LINE);
                contactRows++;
            }
        }
        for (Map.Entry<String, Map<Indicator, BigDecimal>> unit :
                content.targets().entrySet()) {
            unit.getValue()
                    .forEach((indicator, value) ->
                            targets.insertTarget(new AnnualTarget(year, unit.getKey(), indicator, value)));
        }
        content.schedule()
                .forEach((month, progress) ->
                        targets.insertScheduleProgress(new ScheduleProgress(year, month, progress)));
        TargetImport record = new TargetImport(
                null,
                year,
                file.getFileName().toString(),
                FileDigest.sha256(file),
                LocalDateTime.now(clock),
                content.units().size(),
                content.targetCount());
        targets.insertImport(record);
        log.info(
                "Imported targets {} for {}: {} units in {} groups, {} targets, schedule {}, contacts of {} units",
                file.getFileName(),
                year,
                content.units().size(),
                groupOrder.size(),
                content.targetCount(),
                content.schedule().isEmpty() ? "m/12" : "configured",
                contactRows);
        return record;
    }
}
