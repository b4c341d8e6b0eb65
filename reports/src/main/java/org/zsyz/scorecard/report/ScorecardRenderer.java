package org.zsyz.scorecard.report;

import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.design.JRDesignConditionalStyle;
import net.sf.jasperreports.engine.design.JRDesignStyle;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.engine.fonts.FontInfo;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.fonts.SimpleFontFace;
import net.sf.jasperreports.engine.fonts.SimpleFontFamily;
import net.sf.jasperreports.engine.xml.JRXmlLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.RepositoryUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the bulletin (全市成绩单) and the unit scorecards (一县一单) as PDF with JasperReports 7.
 *
 * <p>Construction registers the configured font files, checks that the body and title families exist as
 * embeddable JasperReports font families able to show Chinese text as well as Latin digits and %, and compiles
 * each template once. Any font problem fails construction with a {@link ReportFontException} naming the family
 * or file; nothing falls back silently to a font without CJK glyphs.
 *
 * <p>An instance is immutable after construction and safe to use from several threads at once: the compiled
 * reports are shared, every call fills and exports independently.
 */
public final class ScorecardRenderer {

    private static final Logger log = LoggerFactory.getLogger(ScorecardRenderer.class);

    /** Text every configured family must be able to display: CJK, digits, signs and the symbols used. */
    static final String REQUIRED_GLYPHS = "示例市招商引资工作成绩单第页共名更正版排名变化单位总分等次完成率序时差同比得分"
            + "红榜黑榜预警说明亿元万美元个批次（）：、，。—0123456789.%+-÷×≥<>/ABCDEFGHIJKLMNOPQRSTUVWXYZ↑↓";

    static final String BULLETIN_TEMPLATE = "bulletin.jrxml";
    static final String SCORECARD_TEMPLATE = "unit-scorecard.jrxml";
    static final String SUPERVISION_TEMPLATE = "supervision-notice.jrxml";

    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final TimeZone TIME_ZONE = TimeZone.getTimeZone(ZoneId.of("Asia/Shanghai"));

    private final ReportFonts fonts;
    private final JasperReportsContext context;
    private final JasperReport bulletinReport;
    private final JasperReport scorecardReport;
    private final JasperReport supervisionReport;

    /** A renderer with the bundled Source Han Sans SC families. */
    public ScorecardRenderer() {
        this(ReportFonts.defaults());
    }

    public ScorecardRenderer(ReportFonts fonts) {
        this.fonts = fonts;
        SimpleJasperReportsContext ctx = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        ctx.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        ctx.setProperty("net.sf.jasperreports.export.pdf.force.svg.shapes", "false");
        List<FontFamily> registered = registerFontFiles(ctx, fonts.fontFiles());
        if (!registered.isEmpty()) {
            ctx.setExtensions(FontFamily.class, registered);
        }
        this.context = ctx;
        FontBytesRepository fontBytes = new FontBytesRepository();
        checkFamily(fonts.bodyFamily(), "body", fontBytes);
        checkFamily(fonts.titleFamily(), "title", fontBytes);
        ctx.setExtensions(RepositoryService.class, List.of(fontBytes));
        long start = System.nanoTime();
        this.bulletinReport = compile(BULLETIN_TEMPLATE);
        this.scorecardReport = compile(SCORECARD_TEMPLATE);
        this.supervisionReport = compile(SUPERVISION_TEMPLATE);
        log.info(
                "Compiled report templates in {} ms (fonts: body {}, title {})",
                (System.nanoTime() - start) / 1_000_000,
                fonts.bodyFamily(),
                fonts.titleFamily());
    }

    public ReportFonts fonts() {
        return fonts;
    }

    /** {@code 全市成绩单-2025-09.pdf}. */
    public static String bulletinFileName(Bulletin b) {
        return "全市成绩单-" + b.period() + ".pdf";
    }

    /** Writes the bulletin to {@code pdf} (the caller chooses the folder; see {@link #bulletinFileName}). */
    public void writeBulletin(Bulletin b, Path pdf) {
        write(pdf, renderBulletin(b));
    }

    /** Writes one unit's scorecard to {@code pdf} (see {@link UnitScorecard#fileName()}). */
    public void writeUnitScorecard(UnitScorecard s, Path pdf) {
        write(pdf, renderUnitScorecard(s));
    }

    /** The bulletin as PDF bytes. */
    public byte[] renderBulletin(Bulletin b) {
        Map<String, Object> params = BulletinTemplateData.bulletinParameters(b);
        JRMapCollectionDataSource rows = new JRMapCollectionDataSource(BulletinTemplateData.bulletinRows(b));
        JasperPrint print = fill(bulletinReport, params, rows, "全市成绩单 " + b.period());
        return export(print, b.title(), b.issuer(), b.publishedOn(), "全市成绩单 " + b.period());
    }

    /** One unit's scorecard as PDF bytes. */
    public byte[] renderUnitScorecard(UnitScorecard s) {
        Map<String, Object> params = TemplateData.scorecardParameters(s);
        String what = "成绩单 " + s.unitCode() + " " + s.period();
        JasperPrint print = fill(scorecardReport, params, new JREmptyDataSource(1), what);
        return export(print, s.title() + " " + s.unitName(), s.issuer(), s.publishedOn(), what);
    }

    /** A unit's 督办单 as PDF bytes (see {@link SupervisionNotice#fileName()}). */
    public byte[] renderSupervisionNotice(SupervisionNotice n) {
        String what = "督办单 " + n.unitCode() + " " + n.period();
        JasperPrint print = fill(
                supervisionReport,
                SupervisionNoticeData.parameters(n),
                new JRMapCollectionDataSource(SupervisionNoticeData.rows(n)),
                what);
        return export(print, n.title() + " " + n.unitName(), n.issuer(), n.publishedOn(), what);
    }

    public void writeSupervisionNotice(SupervisionNotice n, Path pdf) {
        write(pdf, renderSupervisionNotice(n));
    }

    // ---------------------------------------------------------------- fonts

    private List<FontFamily> registerFontFiles(JasperReportsContext ctx, List<ReportFonts.FontFile> files) {
        List<FontFamily> families = new ArrayList<>();
        for (ReportFonts.FontFile file : files) {
            SimpleFontFamily family = new SimpleFontFamily(ctx);
            family.setName(file.family());
            family.setPdfEncoding("Identity-H");
            family.setPdfEmbedded(Boolean.TRUE);
            SimpleFontFace regular = loadFace(ctx, file.family(), file.regular());
            family.setNormalFace(regular);
            family.setBoldFace(file.bold() == null ? regular : loadFace(ctx, file.family(), file.bold()));
            families.add(family);
        }
        return families;
    }

    private static SimpleFontFace loadFace(JasperReportsContext ctx, String family, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute) || !Files.isReadable(absolute)) {
            throw new ReportFontException(
                    "Font file " + absolute + " for font family '" + family + "' does not exist or is not readable");
        }
        SimpleFontFace face = new SimpleFontFace(ctx);
        try {
            face.setTtf(absolute.toString(), true);
        } catch (RuntimeException e) {
            throw new ReportFontException(
                    "Font file " + absolute + " for font family '" + family
                            + "' is not a usable TrueType/OpenType font: " + e.getMessage(),
                    e);
        }
        if (face.getFont() == null) {
            throw new ReportFontException(
                    "Font file " + absolute + " for font family '" + family + "' could not be loaded");
        }
        return face;
    }

    private void checkFamily(String name, String role, FontBytesRepository fontBytes) {
        FontInfo info = FontUtil.getInstance(context).getFontInfo(name, LOCALE);
        if (info == null) {
            throw new ReportFontException(
                    "Font family '" + name + "' (" + role + " font) is not registered: it must be "
                            + "a JasperReports font extension or be given as a font file; registered families: "
                            + FontUtil.getInstance(context).getFontFamilyNames());
        }
        FontFamily family = info.getFontFamily();
        for (FontFace face : new FontFace[] {family.getNormalFace(), family.getBoldFace()}) {
            if (face == null) {
                continue;
            }
            if (face.getTtf() == null) {
                throw new ReportFontException("Font family '" + name + "' (" + role + " font) has no TrueType file, "
                        + "so it cannot be embedded in the PDF");
            }
            if (!fontBytes.contains(face.getTtf())) {
                try {
                    fontBytes.put(
                            face.getTtf(), RepositoryUtil.getInstance(context).getBytesFromLocation(face.getTtf()));
                } catch (JRException e) {
                    throw new ReportFontException(
                            "Font family '" + name + "' (" + role + " font): cannot read its file " + face.getTtf()
                                    + ": " + e.getMessage(),
                            e);
                }
            }
            Font awt = face.getFont();
            int missing = awt == null ? 0 : awt.canDisplayUpTo(REQUIRED_GLYPHS);
            if (missing >= 0) {
                int cp = REQUIRED_GLYPHS.codePointAt(missing);
                throw new ReportFontException("Font family '" + name + "' (" + role + " font, file " + face.getTtf()
                        + ") cannot display '" + new String(Character.toChars(cp)) + "' (U+"
                        + String.format("%04X", cp) + "); the PDFs need Chinese text as well as Latin digits and %");
            }
        }
        if (family.getNormalFace() == null) {
            throw new ReportFontException("Font family '" + name + "' (" + role + " font) has no regular face");
        }
        if (!Boolean.TRUE.equals(family.isPdfEmbedded())) {
            throw new ReportFontException("Font family '" + name + "' (" + role + " font) is not marked pdfEmbedded; "
                    + "the PDFs must embed their fonts");
        }
    }

    // ---------------------------------------------------------------- compile, fill, export

    private JasperReport compile(String template) {
        try (InputStream in = ScorecardRenderer.class.getResourceAsStream(template)) {
            if (in == null) {
                throw new IllegalStateException("template " + template + " not found on the class path");
            }
            JasperDesign design = JRXmlLoader.load(context, in);
            applyFonts(design);
            return JasperCompileManager.getInstance(context).compile(design);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + template, e);
        } catch (JRException e) {
            throw new ReportRenderingException("cannot compile template " + template + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the placeholder families of the templates' styles by the configured ones. */
    private void applyFonts(JasperDesign design) {
        for (JRStyle style : design.getStylesList()) {
            if (style instanceof JRDesignStyle ds) {
                ds.setFontName(mapFamily(ds.getOwnFontName()));
                for (var cs : ds.getConditionalStyleList()) {
                    if (cs instanceof JRDesignConditionalStyle dcs) {
                        dcs.setFontName(mapFamily(dcs.getOwnFontName()));
                    }
                }
            }
        }
    }

    private String mapFamily(String placeholder) {
        if (placeholder == null) {
            return null;
        }
        return switch (placeholder) {
            case ReportFonts.DEFAULT_BODY_FAMILY -> fonts.bodyFamily();
            case ReportFonts.DEFAULT_TITLE_FAMILY -> fonts.titleFamily();
            default -> throw new IllegalStateException("template style uses unexpected font " + placeholder);
        };
    }

    private JasperPrint fill(
            JasperReport report, Map<String, Object> params, net.sf.jasperreports.engine.JRDataSource ds, String what) {
        Map<String, Object> all = new HashMap<>(params);
        all.put(JRParameter.REPORT_LOCALE, LOCALE);
        all.put(JRParameter.REPORT_TIME_ZONE, TIME_ZONE);
        try {
            return JasperFillManager.getInstance(context).fill(report, all, ds);
        } catch (JRException e) {
            throw new ReportRenderingException("cannot fill " + what + ": " + e.getMessage(), e);
        }
    }

    private byte[] export(JasperPrint print, String title, String author, LocalDate publishedOn, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        StablePdfExporter exporter = new StablePdfExporter(context, publishedOn);
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(title);
        config.setMetadataAuthor(author);
        config.setMetadataSubject("招商引资工作成绩单");
        config.setMetadataCreator("招商引资成绩单 scorecard-reports");
        config.setDisplayMetadataTitle(Boolean.TRUE);
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportRenderingException("cannot export " + what + " to PDF: " + e.getMessage(), e);
        }
        return PdfStabilizer.stabilize(EmbeddedFontCompactor.compact(out.toByteArray()));
    }

    private static void write(Path pdf, byte[] bytes) {
        try {
            Path parent = pdf.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(pdf, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pdf, e);
        }
    }
}
