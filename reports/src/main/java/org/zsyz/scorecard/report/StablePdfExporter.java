package org.zsyz.scorecard.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import java.io.OutputStream;
import java.text.AttributedCharacterIterator.Attribute;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.BooleanSupplier;
import java.util.zip.Deflater;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.AbstractPdfTextRenderer;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfTextChunk;
import net.sf.jasperreports.pdf.common.PdfTextRendererContext;

/**
 * A PDF exporter whose document information carries the publication date instead of the wall clock, so that
 * rendering the same inputs twice gives the same document dates.
 */
final class StablePdfExporter extends JRPdfExporter {

    private final Calendar documentDate;

    StablePdfExporter(JasperReportsContext context, LocalDate publishedOn) {
        super(context);
        this.documentDate = documentDate(publishedOn);
    }

    static Calendar documentDate(LocalDate publishedOn) {
        TimeZone zone = TimeZone.getTimeZone(ZoneId.of("Asia/Shanghai"));
        GregorianCalendar cal = new GregorianCalendar(zone);
        cal.clear();
        LocalDate d = publishedOn == null ? LocalDate.of(2000, 1, 1) : publishedOn;
        cal.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
        return cal;
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new DatedProducer(
                createPdfProducerContext(),
                documentDate,
                getJasperReportsContext(),
                () -> Boolean.TRUE.equals(getCurrentConfiguration().isTagged()));
    }

    /** The height of the page being exported, in points. */
    float pageHeight() {
        return getCurrentPageFormat().getPageHeight();
    }

    /** The PDF chunk JasperReports would make for a run of text with these attributes (font, colour, lines). */
    PdfTextChunk chunkOf(Map<Attribute, Object> attributes, String text, JRPrintText element) {
        return getChunk(attributes, text, getTextLocale(element));
    }

    private static final class DatedProducer extends ClassicPdfProducer {
        private final Calendar date;
        private final JasperReportsContext jasperReportsContext;
        private final BooleanSupplier tagged;

        DatedProducer(
                PdfProducerContext context,
                Calendar date,
                JasperReportsContext jasperReportsContext,
                BooleanSupplier tagged) {
            super(context);
            this.date = date;
            this.jasperReportsContext = jasperReportsContext;
            this.tagged = tagged;
        }

        /** One-line, one-style texts are drawn directly ({@link SingleLineTextRenderer}); the rest as usual. */
        @Override
        public AbstractPdfTextRenderer getTextRenderer(PdfTextRendererContext context) {
            if (SingleLineTextRenderer.candidate(
                    context.getPrintText(), context.getStyledText(), tagged.getAsBoolean())) {
                return new SingleLineTextRenderer(jasperReportsContext, context);
            }
            return super.getTextRenderer(context);
        }

        /** Page contents are deflated at the fastest level (see {@link #getFont} for the fonts). */
        @Override
        public PdfDocumentWriter createWriter(OutputStream out) throws JRException {
            PdfDocumentWriter writer = super.createWriter(out);
            getPdfWriter().setCompressionLevel(Deflater.BEST_SPEED);
            return writer;
        }

        /**
         * Embedded font subsets are stored uncompressed here and deflated once, after {@link EmbeddedFontCompactor}
         * has cleared the metrics of the glyphs left out. OpenPDF compresses a font with the font's own level, not
         * the writer's, and the CJK subsets are about 300 KB each (OpenPDF keeps the metric and location tables of
         * all 65,535 glyphs): deflating them was about a third of a scorecard's export. The font objects are shared
         * (OpenPDF caches them), so every document from then on gets the same level.
         */
        @Override
        public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
            Font font = super.getFont(attributes, locale);
            BaseFont baseFont = font == null ? null : font.getBaseFont();
            if (baseFont != null && baseFont.getCompressionLevel() != Deflater.NO_COMPRESSION) {
                baseFont.setCompressionLevel(Deflater.NO_COMPRESSION);
            }
            return font;
        }

        @Override
        public void close() {
            PdfDictionary info = getPdfWriter().getInfo();
            PdfDate pdfDate = new PdfDate(date);
            info.put(PdfName.CREATIONDATE, pdfDate);
            info.put(PdfName.MODDATE, pdfDate);
            super.close();
        }
    }
}
