package org.zsyz.scorecard.cli;

import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.transaction.PlatformTransactionManager;
import org.zsyz.scorecard.account.AccountService;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.config.ApplicationConfiguration;
import org.zsyz.scorecard.config.ScorecardProperties;
import org.zsyz.scorecard.returns.ReturnTemplateService;
import org.zsyz.scorecard.store.account.PortalAccountMapper;
import org.zsyz.scorecard.store.audit.AuditMapper;
import org.zsyz.scorecard.store.history.JobHistoryMapper;
import org.zsyz.scorecard.store.returns.LedgerProjectMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.store.targets.AnnualTargetMapper;
import org.zsyz.scorecard.store.unit.AssessedUnitMapper;

/**
 * What the commands that answer at once use ({@link SpringContext#startQuick}): the settings, bound as the application binds
 * them, and the mappers on one plain connection. No auto-configuration, no pool, no Flyway, no Spring Batch, no
 * web server. A bean a command looks for that is not here sends the command to the whole application.
 *
 * <p>Not a {@code @Configuration}: the whole application scans this package, and must not pick these beans up.
 */
@EnableConfigurationProperties({ScorecardProperties.class, DataSourceProperties.class})
@Import({
    ApplicationConfiguration.class,
    AssessmentRulesSource.class,
    AccountService.class,
    AuditTrail.class,
    ReturnTemplateService.class
})
class QuickConfiguration {

    /** Nothing is made before it is asked for: {@link QuickContext} opens the database first, on its own. */
    @Bean
    static LazyInitializationBeanFactoryPostProcessor quickLazyInitialization() {
        return new LazyInitializationBeanFactoryPostProcessor();
    }

    @Bean(destroyMethod = "close")
    QuickDatabase quickDatabase(DataSourceProperties dataSource, ConfigurableEnvironment environment) {
        return QuickDatabase.open(dataSource, environment);
    }

    @Bean
    JobHistoryMapper jobHistoryMapper(QuickDatabase database) {
        return database.mapper(JobHistoryMapper.class);
    }

    @Bean
    PortalAccountMapper portalAccountMapper(QuickDatabase database) {
        return database.mapper(PortalAccountMapper.class);
    }

    @Bean
    AuditMapper auditMapper(QuickDatabase database) {
        return database.mapper(AuditMapper.class);
    }

    @Bean
    AssessedUnitMapper assessedUnitMapper(QuickDatabase database) {
        return database.mapper(AssessedUnitMapper.class);
    }

    @Bean
    AnnualTargetMapper annualTargetMapper(QuickDatabase database) {
        return database.mapper(AnnualTargetMapper.class);
    }

    @Bean
    ReturnSubmissionMapper returnSubmissionMapper(QuickDatabase database) {
        return database.mapper(ReturnSubmissionMapper.class);
    }

    @Bean
    LedgerProjectMapper ledgerProjectMapper(QuickDatabase database) {
        return database.mapper(LedgerProjectMapper.class);
    }

    @Bean
    PlatformTransactionManager transactionManager(QuickDatabase database) {
        return database.transactions();
    }
}
