package org.zsyz.scorecard.store.mybatis;

import org.apache.ibatis.type.MappedTypes;
import org.zsyz.scorecard.domain.Grade;

/** unit_score.grade keeps the 等次 as written (优秀, 良好, 合格, 不合格). */
@MappedTypes(Grade.class)
public class GradeTypeHandler extends LabelledEnumTypeHandler<Grade> {

    public GradeTypeHandler() {
        super(Grade.class);
    }
}
