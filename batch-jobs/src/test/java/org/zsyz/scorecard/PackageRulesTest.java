package org.zsyz.scorecard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages' direction: entry points (the command line, the portal, the schedule) call the operations, the
 * operations run the features' jobs, and features use the infrastructure below them, never the other way round;
 * no two packages depend on each other, however indirectly; and each package lives in one module's jar.
 * Checked on the application's classes as built (sql, mappers, reports, batch-jobs), not on the tests.
 */
class PackageRulesTest {

    private static final String ROOT = "org.zsyz.scorecard";
    private static final String[] ENTRY_POINTS = {ROOT, ROOT + ".cli..", ROOT + ".web..", ROOT + ".schedule.."};
    private static final String[] OPERATIONS = {ROOT + ".operations.."};
    private static final String[] FEATURES = {
        ROOT + ".account..",
        ROOT + ".assess..",
        ROOT + ".returns..",
        ROOT + ".duplicates..",
        ROOT + ".review..",
        ROOT + ".targets..",
        ROOT + ".publish..",
        ROOT + ".progress..",
        ROOT + ".sample..",
        ROOT + ".monthly..",
        ROOT + ".contact..",
        ROOT + ".notify..",
        ROOT + ".annual..",
        ROOT + ".verification.."
    };
    private static final String[] INFRASTRUCTURE = {
        ROOT + ".audit..",
        ROOT + ".batch..",
        ROOT + ".config..",
        ROOT + ".excel..",
        ROOT + ".jdbc..",
        ROOT + ".lock..",
        ROOT + ".store..",
        ROOT + ".report..",
        ROOT + ".domain.."
    };

    private static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
        // A rule over too few classes would pass for the wrong reason: every module must be there.
        assertThat(modules(application).values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .as("modules imported")
                .hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void entryPointsCallOperationsWhichRunFeaturesWhichUseInfrastructure() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Entry points")
                .definedBy(ENTRY_POINTS)
                .layer("Operations")
                .definedBy(OPERATIONS)
                .layer("Features")
                .definedBy(FEATURES)
                .layer("Infrastructure")
                .definedBy(INFRASTRUCTURE)
                .whereLayer("Entry points")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Operations")
                .mayOnlyBeAccessedByLayers("Entry points")
                .whereLayer("Features")
                .mayOnlyBeAccessedByLayers("Entry points", "Operations")
                .whereLayer("Infrastructure")
                .mayOnlyBeAccessedByLayers("Entry points", "Operations", "Features")
                .check(application);
    }

    @Test
    void everyPackageHasItsPlaceInTheLayers() {
        // A new package must be placed in a layer above, or the direction would not be checked for it.
        classes().should().resideInAnyPackage(all()).check(application);
    }

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(application);
    }

    @Test
    void eachPackageIsInOneModule() {
        Map<String, Set<String>> split = modules(application).entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertThat(split).as("packages found in more than one jar or module").isEmpty();
    }

    @Test
    void noTwoClassesShareAName() {
        Map<String, Set<String>> byName = application.stream()
                .filter(JavaClass::isTopLevelClass)
                .collect(Collectors.groupingBy(
                        JavaClass::getSimpleName,
                        TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toCollection(TreeSet::new))));
        byName.values().removeIf(names -> names.size() < 2);
        assertThat(byName).as("classes of the same simple name").isEmpty();
    }

    /** Each package's code roots: the jar or the classes folder its classes were read from. */
    private static Map<String, Set<String>> modules(JavaClasses classes) {
        Map<String, Set<String>> roots = new TreeMap<>();
        for (JavaClass c : classes) {
            String uri = c.getSource().orElseThrow().getUri().toString();
            String root = uri.substring(0, uri.indexOf(ROOT.replace('.', '/') + "/"));
            roots.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>()).add(root);
        }
        return roots;
    }

    private static String[] all() {
        return java.util.stream.Stream.of(ENTRY_POINTS, OPERATIONS, FEATURES, INFRASTRUCTURE)
                .flatMap(java.util.Arrays::stream)
                .toArray(String[]::new);
    }
}
