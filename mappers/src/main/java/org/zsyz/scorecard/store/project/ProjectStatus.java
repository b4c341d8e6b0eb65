package org.zsyz.scorecard.store.project;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.zsyz.scorecard.domain.Labelled;

/** 项目状态, in the order a project normally moves through them. */
public enum ProjectStatus implements Labelled {
    NEGOTIATING("在谈"),
    SIGNED("已签约"),
    STARTED("已开工"),
    COMPLETED("已竣工"),
    TERMINATED("已终止");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** 签约日期 and 合同投资额 are required from 已签约 on (a terminated project was signed before it ended). */
    public boolean requiresSigning() {
        return this != NEGOTIATING;
    }

    /** 开工日期 is required from 已开工 on. */
    public boolean requiresStart() {
        return this == STARTED || this == COMPLETED;
    }

    public static Optional<ProjectStatus> ofLabel(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ProjectStatus::label).toList();
    }
}
