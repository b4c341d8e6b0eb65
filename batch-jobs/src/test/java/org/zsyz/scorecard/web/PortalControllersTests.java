package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;

/** The portal's controllers call services; what reads the database sits behind one. */
class PortalControllersTests {

    @Test
    void noControllerIsGivenAMapper() throws Exception {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> controllers = scan.findCandidateComponents("org.zsyz.scorecard.web").stream()
                .map(BeanDefinition::getBeanClassName)
                .toList();
        assertThat(controllers)
                .contains(
                        "org.zsyz.scorecard.web.BureauController",
                        "org.zsyz.scorecard.web.CountyController",
                        "org.zsyz.scorecard.web.BureauAccountsController");
        for (String name : controllers) {
            for (Constructor<?> constructor : Class.forName(name).getDeclaredConstructors()) {
                assertThat(Arrays.stream(constructor.getParameterTypes())
                                .filter(type -> type.isAnnotationPresent(Mapper.class)
                                        || type.getSimpleName().endsWith("Mapper"))
                                .map(Class::getSimpleName)
                                .toList())
                        .as(name)
                        .isEmpty();
            }
        }
    }
}
