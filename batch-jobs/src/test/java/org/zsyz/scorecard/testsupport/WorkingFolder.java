package org.zsyz.scorecard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The working folder ({@code scorecard.home}) of a {@link ScorecardTest}: one temporary folder per annotated class
 * for the whole JVM, created here and not by {@code @TempDir} because Spring caches a context beyond one test class
 * (and with one test instance per class starts it before JUnit fills {@code @TempDir} fields). Every context starts
 * on it emptied, so the MariaDB variant does not find the H2 variant's files; contexts alive at once (the import
 * tests') share it, and their tests empty what they check. Deleted when the JVM ends.
 */
public final class WorkingFolder {

    private static final Map<Class<?>, Path> FOLDERS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FOLDERS.values().forEach(WorkingFolder::deleteQuietly)));
    }

    private WorkingFolder() {}

    /** The folder of the tests declared by {@code annotated}, the class that carries {@link ScorecardTest}. */
    public static Path of(Class<?> annotated) {
        return FOLDERS.computeIfAbsent(annotated, c -> {
            try {
                return Files.createTempDirectory("scorecard-" + c.getSimpleName() + "-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The folder of a test class: {@link #of} the class that carries {@link ScorecardTest} for it. */
    public static Path ofTest(Class<?> testClass) {
        var descriptor = TestContextAnnotationUtils.findAnnotationDescriptor(testClass, ScorecardTest.class);
        if (descriptor == null) {
            throw new IllegalArgumentException(testClass + " is not a @ScorecardTest");
        }
        return of(descriptor.getRootDeclaringClass());
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is not worth failing the build for
        }
    }

    /** Empties the folder, or makes it again where a test deleted it. */
    private static void empty(Path root) {
        try (Stream<Path> paths = Files.walk(Files.createDirectories(root))) {
            for (Path p : paths.filter(p -> !p.equals(root))
                    .sorted(Comparator.reverseOrder())
                    .toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets {@code scorecard.home} of a {@link ScorecardTest}'s context to {@link #of} its annotated class. */
    static final class Customizers implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            var descriptor = TestContextAnnotationUtils.findAnnotationDescriptor(testClass, ScorecardTest.class);
            return descriptor == null ? null : new Home(of(descriptor.getRootDeclaringClass()));
        }
    }

    /** Equal for equal folders, so that the classes sharing a folder may share a cached context. */
    private record Home(Path folder) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            empty(folder);
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("scorecardTestHome", Map.of("scorecard.home", folder.toString())));
        }
    }
}
