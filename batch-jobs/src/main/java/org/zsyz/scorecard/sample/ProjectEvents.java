package org.zsyz.scorecard.sample;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.zsyz.scorecard.store.indicator.Indicator;
import org.zsyz.scorecard.store.project.ProjectStatus;

/**
 * What happens to a simulated unit's projects in a month: they sign (合同投资额 drawn so that counts and amounts
 * both track the plan), start, complete, stall or end.
 */
final class ProjectEvents {

    private static final BigDecimal ONE_YI = BigDecimal.ONE;
    private static final String[] SIGNED_REMARKS = {"正在办理前期手续", "环评审批中", "已完成土地摘牌", "规划设计中"};
    private static final String[] STARTED_REMARKS = {"主体施工中", "设备安装调试", "厂房建设中", "部分投产"};

    private final SampleUnit unit;
    private final Random rng;
    private final UnitPlan plan;
    private final List<SimProject> projects;
    private final ProjectPipeline pipeline;
    private final List<UnitSimulation.Flagship> flagships;

    ProjectEvents(
            SampleUnit unit,
            Random rng,
            UnitPlan plan,
            List<SimProject> projects,
            ProjectPipeline pipeline,
            List<UnitSimulation.Flagship> flagships) {
        this.unit = unit;
        this.rng = rng;
        this.plan = plan;
        this.projects = projects;
        this.pipeline = pipeline;
        this.flagships = flagships;
    }

    void signFlagships(YearMonth t) {
        for (UnitSimulation.Flagship flagship : flagships) {
            if (flagship.signIn().equals(t)) {
                SimProject project = projects.stream()
                        .filter(p -> p.reserved && p.name.equals(flagship.name()) && !p.isSigned())
                        .findFirst()
                        .orElseGet(() -> pipeline.newProject(t, false, true, flagship));
                sign(project, t, flagship.amount());
                project.stalled = false;
                project.remark = "市重点项目";
            }
        }
    }

    void sign(YearMonth t) {
        int year = t.getYear();
        int signedLarge = (int) projects.stream()
                .filter(p -> p.signedIn(year) && p.contract.compareTo(ONE_YI) >= 0)
                .count();
        double signedAmount = projects.stream()
                .filter(p -> p.signedIn(year))
                .map(p -> p.contract)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .doubleValue();
        int needCount = (int) Math.round(plan.desired(t, Indicator.I4)) - signedLarge;
        double needAmount = plan.desired(t, Indicator.I5) - signedAmount;

        int count = Math.max(0, needCount);
        if (count == 0 && needAmount > 2.5 && rng.nextDouble() < 0.6) {
            count = 1;
        }
        count = Math.min(count, plan.monthlyCap(t, Indicator.I4));
        double mean = count == 0 ? 0 : UnitPlan.clamp(needAmount / count, 1.5, 7);
        for (int k = 0; k < count; k++) {
            double amount = mean * Math.exp(0.4 * rng.nextGaussian() - 0.08);
            if (amount < 1.0) {
                amount = 1.0 + 0.6 * rng.nextDouble(); // 亿元以上 by intent: a little above the line
            }
            double kind = rng.nextDouble();
            if (kind < 0.015) {
                amount = 10 + 15 * rng.nextDouble();
            } else if (kind < 0.045) {
                amount = 1.0; // exactly on the 亿元 line: counts for I4/I6 (≥ 1)
            }
            sign(pipeline.nextToSign(t), t, UnitSimulation.decimal(Math.min(amount, 45.0), 2));
        }
        if (rng.nextDouble() < 0.35) {
            sign(pipeline.nextToSign(t), t, UnitSimulation.decimal(0.3 + 0.69 * rng.nextDouble(), 2));
        }
    }

    private void sign(SimProject project, YearMonth t, BigDecimal amount) {
        if (project.fortune500 && amount.compareTo(new BigDecimal("3.00")) < 0) {
            amount = amount.add(new BigDecimal("3.00"));
        }
        project.status = ProjectStatus.SIGNED;
        project.signedOn = t.atDay(1 + rng.nextInt(t.lengthOfMonth()));
        project.contract = amount;
        project.stalled = rng.nextDouble() < 0.05;
        project.fulfilled = unit.explicitFlags() ? Boolean.TRUE : null;
        project.remark = rng.nextDouble() < 0.3 ? pick(SIGNED_REMARKS) : null;
    }

    void start(YearMonth t) {
        int year = t.getYear();
        int startedLarge = (int) projects.stream()
                .filter(p -> p.startedIn(year) && p.contract.compareTo(ONE_YI) >= 0)
                .count();
        int need = Math.min(
                plan.monthlyCap(t, Indicator.I6), (int) Math.round(plan.desired(t, Indicator.I6)) - startedLarge);
        List<SimProject> waiting = projects.stream()
                .filter(p -> p.status == ProjectStatus.SIGNED
                        && p.isLive()
                        && !p.stalled
                        && p.contract.compareTo(ONE_YI) >= 0)
                .filter(p -> p.signedOn.isBefore(t.atDay(1)) || rng.nextDouble() < 0.2)
                .sorted(Comparator.comparing((SimProject p) -> p.signedOn).thenComparing(p -> p.no))
                .toList();
        for (int i = 0; i < need && i < waiting.size(); i++) {
            start(waiting.get(i), t);
        }
        for (SimProject p : projects) {
            if (p.status == ProjectStatus.SIGNED
                    && p.isLive()
                    && !p.stalled
                    && p.contract.compareTo(ONE_YI) < 0
                    && p.signedOn.isBefore(t.atDay(1))
                    && rng.nextDouble() < 0.25) {
                start(p, t);
            }
        }
    }

    private void start(SimProject project, YearMonth t) {
        int firstDay = YearMonth.from(project.signedOn).equals(t) ? project.signedOn.getDayOfMonth() : 1;
        project.status = ProjectStatus.STARTED;
        project.startedOn = t.atDay(firstDay + rng.nextInt(t.lengthOfMonth() - firstDay + 1));
        project.remark = rng.nextDouble() < 0.4 ? pick(STARTED_REMARKS) : null;
    }

    void completeAndEnd(YearMonth t) {
        for (SimProject p : projects) {
            if (p.status == ProjectStatus.STARTED) {
                long running = ChronoUnit.MONTHS.between(YearMonth.from(p.startedOn), t);
                BigDecimal threshold = p.contract.multiply(new BigDecimal("0.7"));
                if (running >= 5 && p.fundsTotal.compareTo(threshold) >= 0 && rng.nextDouble() < 0.3) {
                    p.status = ProjectStatus.COMPLETED;
                    p.endedIn = t;
                    p.remark = "已竣工投产";
                } else if (rng.nextDouble() < 0.001) {
                    end(p, t, "因市场变化项目终止");
                }
            } else if (p.status == ProjectStatus.SIGNED && p.stalled) {
                long waiting = ChronoUnit.MONTHS.between(YearMonth.from(p.signedOn), t);
                if (waiting >= 8 && rng.nextDouble() < 0.08) {
                    end(p, t, "投资方资金链紧张，协议解除");
                } else if (waiting >= 4 && !Boolean.FALSE.equals(p.fulfilled) && rng.nextDouble() < 0.1) {
                    p.fulfilled = Boolean.FALSE;
                    p.remark = "未按合同约定时间开工";
                }
            }
        }
    }

    private void end(SimProject project, YearMonth t, String why) {
        project.status = ProjectStatus.TERMINATED;
        project.endedIn = t;
        project.remark = why;
    }

    private String pick(String[] pool) {
        return pool[rng.nextInt(pool.length)];
    }
}
