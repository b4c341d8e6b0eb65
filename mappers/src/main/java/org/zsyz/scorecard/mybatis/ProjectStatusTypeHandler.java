package org.zsyz.scorecard.mybatis;

import org.apache.ibatis.type.MappedTypes;
import org.zsyz.scorecard.project.ProjectStatus;

@MappedTypes(ProjectStatus.class)
public class ProjectStatusTypeHandler extends LabelledEnumTypeHandler<ProjectStatus> {

    public ProjectStatusTypeHandler() {
        super(ProjectStatus.class);
    }
}
