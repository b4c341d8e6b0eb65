package org.zsyz.scorecard.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settles the working folder ({@code scorecard.home}) once, before anything uses it: resolved against the process's
 * current directory into an absolute, normalised path, which then replaces the setting. Everything derived from it
 * ({@code spring.datasource.url}, {@code logging.file.name}, the load folder) resolves to the same folder.
 *
 * <p>Why: a relative {@code Path} setting is converted through the application's resource loader, and in the portal
 * ({@code serve}) that is the servlet context, whose root is Tomcat's temporary document root: {@code .} meant a
 * folder under the system temp folder that is deleted when the server stops.
 *
 * <p>It runs before logging starts, so a folder that cannot be used is reported as one line by the command line
 * ({@link WorkingFolderException}) instead of the logging library's stack trace. With
 * {@code scorecard.home-must-exist=true} (set by the commands other than {@code demo}) a folder that does not exist
 * is refused rather than created on the fly.
 */
public class WorkingFolder implements EnvironmentPostProcessor {

    public static final String HOME = "scorecard.home";
    public static final String MUST_EXIST = "scorecard.home-must-exist";

    /** The working folder cannot be used; the message says which and what to do. */
    public static class WorkingFolderException extends IllegalStateException {
        public WorkingFolderException(String message) {
            super(message);
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String given = environment.getProperty(HOME, ".");
        Path home = resolve(given);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("scorecardWorkingFolder", Map.of(HOME, home.toString())));
        if (environment.getProperty(MUST_EXIST, Boolean.class, false)) {
            try {
                check(home, given);
            } catch (WorkingFolderException e) {
                // the command line prints the one line; Spring would log it again with its stack trace
                LoggingSystem.get(application.getClassLoader())
                        .setLogLevel(SpringApplication.class.getName(), LogLevel.OFF);
                throw e;
            }
        }
    }

    /** The folder a setting names: relative to the process's current directory, absolute and normalised. */
    public static Path resolve(String setting) {
        String value = setting == null || setting.isBlank() ? "." : setting.strip();
        if (value.startsWith("file:")) {
            value = value.substring("file:".length());
        }
        return Path.of(value).toAbsolutePath().normalize();
    }

    /** Refuses a folder that does not exist, is not a folder, or cannot be written to (read-only). */
    static void check(Path home, String given) {
        String named =
                home + (given.equals(home.toString()) ? "" : "（scorecard.home / SCORECARD_HOME = " + given + "）");
        if (!Files.exists(home)) {
            throw new WorkingFolderException("工作目录 " + named + " 不存在。请在工作目录中运行（它包含 inbox/、data/ 等），"
                    + "或把 SCORECARD_HOME 设为正确的目录；新的工作目录请先用 mkdir 建好");
        }
        if (!Files.isDirectory(home)) {
            throw new WorkingFolderException("工作目录 " + named + " 不是目录。请把 SCORECARD_HOME 设为工作目录");
        }
        for (Path folder : new Path[] {home, home.resolve("logs"), home.resolve("data")}) {
            if (Files.isDirectory(folder) && !writable(folder)) {
                throw new WorkingFolderException("工作目录 " + (folder.equals(home) ? named : folder.toString())
                        + " 不可写（只读，或运行账号没有写权限）。请让运行 scorecard 的账号可以写入它（chmod/chown，"
                        + "或重新以读写方式挂载），再运行同一命令");
            }
        }
    }

    /** Tries it: permissions alone do not tell (root, read-only mounts, ACLs). */
    private static boolean writable(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".scorecard-write-check", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
