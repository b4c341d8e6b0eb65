package org.zsyz.scorecard.mybatis;

import org.apache.ibatis.type.MappedTypes;
import org.zsyz.scorecard.project.InvestorSource;

@MappedTypes(InvestorSource.class)
public class InvestorSourceTypeHandler extends LabelledEnumTypeHandler<InvestorSource> {

    public InvestorSourceTypeHandler() {
        super(InvestorSource.class);
    }
}
