package org.zsyz.scorecard.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.text.AttributedCharacterIterator;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.HyperlinkTypeEnum;
import net.sf.jasperreports.engine.type.RotationEnum;
import net.sf.jasperreports.engine.type.RunDirectionEnum;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRTextAttribute;
import net.sf.jasperreports.pdf.AbstractPdfTextRenderer;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.SimplePdfTextRenderer;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicTextChunk;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfTextChunk;
import net.sf.jasperreports.pdf.common.PdfTextRendererContext;

/**
 * Draws a one-line, one-style text (a table cell, a label) straight onto the page. JasperReports lays every text
 * out with OpenPDF's {@code ColumnText} (bidirectional line breaking, chunk splitting), which was the largest single
 * cost of a scorecard: most of its ~600 texts are short cells. For such a text the result of that layout is known:
 * one line whose baseline lies {@code size × line spacing} below the top of the text area, shifted by the
 * alignment, in the run's font and colour. This renderer writes exactly that; anything else (several lines or
 * styles, a line wider than its box, justified or rotated text, links, tagged PDF) goes through JasperReports' own
 * renderer, as does a line that would not fit vertically (which {@code ColumnText} leaves out).
 */
final class SingleLineTextRenderer extends AbstractPdfTextRenderer {

    /** Width tolerance in points before a line counts as wider than its box (rounding of the measured widths). */
    private static final float WIDTH_TOLERANCE = 0.01f;

    /** Lines drawn here since start (tests check that the cells of a scorecard come this way). */
    private static final LongAdder LINES_DRAWN = new LongAdder();

    private final JasperReportsContext jasperReportsContext;
    private final PdfTextRendererContext context;
    private int offsetX;
    private int offsetY;

    SingleLineTextRenderer(JasperReportsContext jasperReportsContext, PdfTextRendererContext context) {
        super(
                jasperReportsContext,
                context.getAwtIgnoreMissingFont(),
                context.getIndentFirstLine(),
                context.getJustifyLastLine());
        this.jasperReportsContext = jasperReportsContext;
        this.context = context;
    }

    /** Whether a text can be drawn as one line in one style; the final word is {@link #render}'s. */
    static boolean candidate(JRPrintText text, JRStyledText styled, boolean tagged) {
        String s = styled == null ? null : styled.getText();
        return !tagged
                && s != null
                && !s.isEmpty()
                && s.indexOf('\n') < 0
                && s.indexOf('\t') < 0
                && s.strip().equals(s)
                && styled.getRuns().size() <= 1
                && text.getRotation() == RotationEnum.NONE
                && text.getRunDirection() == RunDirectionEnum.LTR
                && text.getHorizontalTextAlign() != HorizontalTextAlignEnum.JUSTIFIED
                && (text.getHyperlinkType() == null || text.getHyperlinkType() == HyperlinkTypeEnum.NONE)
                && text.getAnchorName() == null
                && text.getBookmarkLevel() == 0
                && text.getParagraph().getFirstLineIndent() == 0
                && text.getParagraph().getLeftIndent() == 0
                && text.getParagraph().getRightIndent() == 0;
    }

    @Override
    public void initialize(
            JRPdfExporter pdfExporter,
            PdfProducer pdfProducer,
            JRPdfExporterTagHelper tagHelper,
            JRPrintText text,
            JRStyledText styledText,
            int offsetX,
            int offsetY) {
        super.initialize(pdfExporter, pdfProducer, tagHelper, text, styledText, offsetX, offsetY);
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    @Override
    public void render() {
        if (!drawnAsOneLine()) {
            SimplePdfTextRenderer fallback = new SimplePdfTextRenderer(jasperReportsContext, context);
            fallback.initialize(pdfExporter, pdfProducer, tagHelper, text, styledText, offsetX, offsetY);
            fallback.render();
        }
    }

    private boolean drawnAsOneLine() {
        if (!(pdfExporter instanceof StablePdfExporter stable)) {
            return false;
        }
        AttributedCharacterIterator runs = getAttributedString().getIterator();
        if (runs.getRunLimit() < allText.length()) {
            return false;
        }
        Map<Attribute, Object> attributes = runs.getAttributes();
        if (attributes.get(JRTextAttribute.HYPERLINK) != null) {
            return false;
        }
        PdfTextChunk made = stable.chunkOf(attributes, allText, text);
        if (!(made instanceof ClassicTextChunk classic)) {
            return false;
        }
        Chunk chunk = classic.getChunk();
        Font font = chunk.getFont();
        BaseFont baseFont = font.getBaseFont();
        if (baseFont == null
                || (chunk.getChunkAttributes() != null
                        && !chunk.getChunkAttributes().isEmpty())) {
            return false; // underline, background, sub/superscript, simulated bold or italic: the full layout
        }
        float size = font.getSize();
        float left = x + leftPadding;
        float right = x + width - rightPadding;
        float lineWidth = baseFont.getWidthPoint(allText, size);
        if (lineWidth > right - left + WIDTH_TOLERANCE) {
            return false; // ColumnText would break it; let it
        }
        float pageHeight = stable.pageHeight();
        float top = pageHeight - y - topPadding - verticalAlignOffset - text.getLeadingOffset();
        float bottom = pageHeight - y - height + bottomPadding;
        float baseline = top - size * text.getLineSpacingFactor();
        if (baseline < bottom) {
            return false; // ColumnText would leave the line out; so does the full layout
        }
        float shift = switch (horizontalAlignment) {
            case CENTER -> (right - left - lineWidth) / 2;
            case RIGHT -> right - left - lineWidth;
            default -> 0;
        };
        PdfContentByte page = ((ClassicPdfProducer) pdfProducer).getPdfContentByte();
        Color colour = font.getColor();
        page.beginText();
        page.setFontAndSize(baseFont, size);
        if (colour != null) {
            page.setColorFill(colour);
        }
        page.setTextMatrix(left + shift, baseline);
        page.showText(allText);
        if (colour != null) {
            page.resetRGBColorFill();
        }
        page.endText();
        LINES_DRAWN.increment();
        return true;
    }

    static long linesDrawn() {
        return LINES_DRAWN.sum();
    }

    @Override
    public void draw() {
        // everything happens in render()
    }

    @Override
    public boolean addActualText() {
        return false;
    }
}
