package org.zsyz.scorecard.store.mybatis;

import org.apache.ibatis.type.MappedTypes;
import org.zsyz.scorecard.store.project.ProjectStatus;

@MappedTypes(ProjectStatus.class)
public class ProjectStatusTypeHandler extends LabelledEnumTypeHandler<ProjectStatus> {

    public ProjectStatusTypeHandler() {
        super(ProjectStatus.class);
    }
}
