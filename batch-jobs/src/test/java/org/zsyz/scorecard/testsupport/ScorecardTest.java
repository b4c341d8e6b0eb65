package org.zsyz.scorecard.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;
import org.zsyz.scorecard.ScorecardApplication;
import org.zsyz.scorecard.store.testsupport.OnH2;
import org.zsyz.scorecard.store.testsupport.OnMySql;

/**
 * The whole application on the database chosen by {@link OnH2} or {@link OnMySql}, working in a folder of its own:
 * {@code scorecard.home} is {@link WorkingFolder#of} the class that carries this annotation (or one composed of it),
 * so the abstract class of an OnH2/OnMySql pair reads its folder as
 * {@code static final Path home = WorkingFolder.of(TheseTests.class)}. The application class is named, so no nested
 * configuration is picked up by itself: a test {@code @Import}s its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(classes = ScorecardApplication.class)
@ContextCustomizerFactories(WorkingFolder.Customizers.class)
public @interface ScorecardTest {

    @AliasFor(annotation = SpringBootTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
