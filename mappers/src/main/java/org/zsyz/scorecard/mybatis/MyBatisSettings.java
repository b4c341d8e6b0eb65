package org.zsyz.scorecard.mybatis;

import org.apache.ibatis.session.Configuration;
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
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.getTypeHandlerRegistry().register(YearMonthTypeHandler.class);
        configuration.getTypeHandlerRegistry().register(InvestorSourceTypeHandler.class);
        configuration.getTypeHandlerRegistry().register(ProjectStatusTypeHandler.class);
    }
}
