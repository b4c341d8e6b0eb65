package org.zsyz.scorecard.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zsyz.scorecard.assess.RulesFile;
import org.zsyz.scorecard.assess.RulesFileException;
import org.zsyz.scorecard.assess.RulesYaml;

/**
 * A method file given on the command line ({@code demo --method}, {@code sample-data --method}, {@code template
 * targets --method}): a year's own file, or one of the examples of docs/methods/, which, like the shipped default,
 * write {@code ${year}} where the year goes so that one file serves any year.
 */
public final class MethodFiles {

    /** The placeholder the example methods (and the shipped default) write for the year. */
    public static final String YEAR_PLACEHOLDER = "${year}";

    private MethodFiles() {}

    /** The file's text for {@code year}: every {@value #YEAR_PLACEHOLDER} replaced. */
    public static String text(Path file, int year) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return text.replace(YEAR_PLACEHOLDER, Integer.toString(year));
        } catch (MalformedInputException e) {
            throw new RulesFileException(List.of(new RulesFileException.Problem(
                    file.getFileName().toString(), 0, null, "文件不是 UTF-8 编码，请另存为 UTF-8 后再试")));
        } catch (IOException e) {
            throw new UncheckedIOException("读不了考核办法文件 " + file + "：" + e.getMessage(), e);
        }
    }

    /** Reads and checks the method for {@code year}; a bad file throws {@link RulesFileException} with every problem. */
    public static RulesFile read(Path file, int year) {
        String text = text(file, year);
        return new RulesFile(
                year,
                file.toAbsolutePath().normalize().toString(),
                text,
                RulesFile.sha256(text),
                RulesYaml.parse(text, file.getFileName().toString(), year),
                true);
    }
}
