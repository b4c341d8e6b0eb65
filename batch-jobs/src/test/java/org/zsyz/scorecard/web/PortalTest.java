package org.zsyz.scorecard.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;
import org.zsyz.scorecard.testsupport.ScorecardTest;

/** A {@link ScorecardTest} of the portal through MockMvc: the servlet application, no schedule, no terminal. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ScorecardTest
@Import(PortalConfiguration.class)
@TestPropertySource(
        properties = {
            "spring.main.web-application-type=servlet",
            "scorecard.progress.terminal=never",
            "scorecard.schedule.enabled=false"
        })
@AutoConfigureMockMvc
@interface PortalTest {

    @AliasFor(annotation = ScorecardTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
