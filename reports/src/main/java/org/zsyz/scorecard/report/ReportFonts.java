package org.zsyz.scorecard.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fonts of the PDFs (docs/publications.md, fonts): a body family and a title family, plus font files a bureau
 * supplies (e.g. its own 仿宋_GB2312 or 方正小标宋 .ttf), which are registered at run time as JasperReports font
 * families under the given names. Families not supplied as files must already be JasperReports font extensions on
 * the class path; the defaults are the Source Han Sans SC families of {@code jasperreports-fonts}.
 *
 * @param bodyFamily  family of tables and running text
 * @param titleFamily family of titles, headings and emphasis
 * @param fontFiles   font files to register, may be empty
 */
public record ReportFonts(String bodyFamily, String titleFamily, List<FontFile> fontFiles) {

    /** 思源黑体正常 (Source Han Sans SC Regular) from jasperreports-fonts. */
    public static final String DEFAULT_BODY_FAMILY = "思源黑体正常";
    /** 思源黑体中粗 (Source Han Sans SC Medium) from jasperreports-fonts. */
    public static final String DEFAULT_TITLE_FAMILY = "思源黑体中粗";

    public ReportFonts {
        Objects.requireNonNull(bodyFamily, "bodyFamily");
        Objects.requireNonNull(titleFamily, "titleFamily");
        if (bodyFamily.isBlank() || titleFamily.isBlank()) {
            throw new IllegalArgumentException("font family names must not be blank");
        }
        fontFiles = fontFiles == null ? List.of() : List.copyOf(fontFiles);
    }

    /** The bundled Source Han Sans SC families. */
    public static ReportFonts defaults() {
        return new ReportFonts(DEFAULT_BODY_FAMILY, DEFAULT_TITLE_FAMILY, List.of());
    }

    /** The same settings with other family names. */
    public ReportFonts withFamilies(String body, String title) {
        return new ReportFonts(body, title, fontFiles);
    }

    /** The same settings plus one more font file to register. */
    public ReportFonts withFontFile(FontFile file) {
        List<FontFile> files = new ArrayList<>(fontFiles);
        files.add(file);
        return new ReportFonts(bodyFamily, titleFamily, files);
    }

    /**
     * A font file registered as a family.
     *
     * @param family  the family name templates will use, e.g. 仿宋_GB2312
     * @param regular the TrueType/OpenType file of the regular face
     * @param bold    the file of the bold face, {@code null} to use the regular face for bold too
     */
    public record FontFile(String family, Path regular, Path bold) {
        public FontFile {
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(regular, "regular");
        }

        public FontFile(String family, Path regular) {
            this(family, regular, null);
        }
    }
}
