package org.zsyz.scorecard.store.mybatis;

import org.apache.ibatis.type.MappedTypes;
import org.zsyz.scorecard.store.project.InvestorSource;

@MappedTypes(InvestorSource.class)
public class InvestorSourceTypeHandler extends LabelledEnumTypeHandler<InvestorSource> {

    public InvestorSourceTypeHandler() {
        super(InvestorSource.class);
    }
}
