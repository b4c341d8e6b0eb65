package org.zsyz.scorecard.store.mybatis;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The MyBatis settings every user of the mappers needs, so the application and the mapper tests
 * cannot drift: records are built through their constructors by column alias, and the
 * project's type handlers are registered.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class MyBatisSettings {

    @Bean
    ConfigurationCustomizer scorecardMyBatisCustomizer() {
        return MyBatisSettings::apply;
    }

    public static void apply(Configuration configuration) {
        configuration.setArgNameBasedConstructorAutoMapping(true);
        // Every column has an explicit alias equal to its record component. Left on, MyBatis would strip the
        // underscores of every column name for every constructor parameter of every row (a new String each time):
        // that was most of the assessment's and the scorecards' time at nation scale.
        configuration.setMapUnderscoreToCamelCase(false);
        // A step that reads unit after unit in one transaction (the bulletin's workbook reads every unit's ledger)
        // must not keep every result in the session's cache until the commit: at nation scale that was the
        // 880,000 ledger rows that ran the month out of a 512 MB heap.
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.getTypeHandlerRegistry().register(YearMonthTypeHandler.class);
        configuration.getTypeHandlerRegistry().register(InvestorSourceTypeHandler.class);
        configuration.getTypeHandlerRegistry().register(ProjectStatusTypeHandler.class);
        // The other closed lists (report status, 红黑榜, adjustment and warning kinds, colour band) are stored by
        // their names: MyBatis's default enum handler reads and writes them.
        configuration.getTypeHandlerRegistry().register(GradeTypeHandler.class);
        configuration.getTypeHandlerRegistry().register(IndicatorTypeHandler.class);
    }
}
