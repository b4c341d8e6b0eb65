package org.zsyz.scorecard.operations;

import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.stereotype.Component;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.batch.JobParameterNames;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.targets.ImportTargetsJobConfiguration;

/** Puts each run that was launched on the audit trail once it ends: a targets load, a run, a revision. */
@Component
class RunAudit {

    private static final Logger log = LoggerFactory.getLogger(RunAudit.class);

    private final AuditTrail audit;

    RunAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void ended(String jobName, JobParameters parameters, JobExecution execution) {
        Long revision = parameters.getLong(JobParameterNames.REVISION);
        String period = parameters.getString(JobParameterNames.PERIOD);
        AuditAction action = ImportTargetsJobConfiguration.JOB.equals(jobName)
                ? AuditAction.TARGETS_IMPORT
                : revision != null && revision > 0 ? AuditAction.REVISION : AuditAction.RUN;
        String exit = execution.getExitStatus().getExitDescription();
        String detail = "执行 #" + execution.getId() + "：" + execution.getStatus()
                + (revision != null && revision > 0 ? "（更正版第 " + revision + " 版）" : "")
                + (exit == null || exit.isBlank()
                        ? ""
                        : "；" + exit.lines().findFirst().orElse(""));
        try {
            audit.record(
                    action,
                    period == null ? null : YearMonth.parse(period),
                    null,
                    jobName + " " + JobRunner.subjectOf(jobName, parameters),
                    detail);
        } catch (RuntimeException e) {
            // the run itself is over and stored; a database gone away must not turn its outcome into a failure
            log.error("Could not put {} execution {} on the audit trail", jobName, execution.getId(), e);
        }
    }
}
