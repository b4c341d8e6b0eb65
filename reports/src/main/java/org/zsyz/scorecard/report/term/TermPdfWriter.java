package org.zsyz.scorecard.report.term;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.zsyz.scorecard.report.PdfStabilizer;
import org.zsyz.scorecard.report.ReportRenderingException;

/**
 * Renders the term's bulletin and scorecards (docs/annual.md) with OpenPDF directly: the term's documents are
 * few and tabular, and a chart of twelve points is simpler drawn than templated. The fonts are the bundled Source
 * Han Sans SC faces; every page carries the stage (公示稿 / 正式 / 更正版) in its header.
 *
 * <p>Reproducible like the monthly PDFs: the document dates are the publication date (not the clock), and the
 * random file identifier and font subset tags are replaced by {@link PdfStabilizer}, so the same term with the
 * same inputs gives the same bytes and the same MANIFEST.sha256.
 */
public final class TermPdfWriter {

    private static final String BODY_FONT = "com/github/xingfudeshi/fonts/思源黑体正常_0.ttf";
    private static final String TITLE_FONT = "com/github/xingfudeshi/fonts/思源黑体中粗.ttf";
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEAD = new Color(0xE8, 0xEE, 0xF6);
    private static final Color BAR = new Color(0x4A, 0x7E, 0xBB);
    private static final Color LINE = new Color(0xC0, 0x39, 0x2B);
    private static final Color STAGE_NOTICE = new Color(0xC0, 0x39, 0x2B);

    private final BaseFont body;
    private final BaseFont title;
    private final PdfDate documentDate;

    /** @param publishedOn the publication date, written as the documents' creation and modification date */
    public TermPdfWriter(LocalDate publishedOn) {
        this.body = font(BODY_FONT);
        this.title = font(TITLE_FONT);
        GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneId.of("Asia/Shanghai")));
        date.clear();
        date.set(publishedOn.getYear(), publishedOn.getMonthValue() - 1, publishedOn.getDayOfMonth(), 0, 0, 0);
        this.documentDate = new PdfDate(date);
    }

    private static BaseFont font(String resource) {
        try (InputStream in = TermPdfWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportRenderingException("找不到字体 " + resource, null);
            }
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException | DocumentException e) {
            throw new ReportRenderingException("无法读取字体 " + resource + "：" + e.getMessage(), e);
        }
    }

    public void writeBulletin(TermBulletin b, Path file) {
        write(file, PageSize.A4.rotate(), b.stage(), doc -> {
            heading(doc, b.title(), b.issuer() + "　" + b.publishedOn(), b.stageNote());
            doc.add(paragraph("考核办法：" + b.methodSummary(), 8, false));
            for (TermBulletin.Group g : b.groups()) {
                doc.add(paragraph(g.name(), 11, true));
                doc.add(table(b.columns(), g.rows(), 7.5f));
            }
            if (!b.awards().isEmpty()) {
                doc.add(paragraph("获奖单位", 11, true));
                for (String line : b.awards()) {
                    doc.add(paragraph(line, 9, false));
                }
            }
        });
    }

    public void writeScorecard(TermScorecard s, Path file) {
        write(file, PageSize.A4, s.stage(), doc -> {
            heading(doc, s.title(), s.unitLine() + "　" + s.publishedOn(), s.stageNote());
            for (String line : s.headline()) {
                doc.add(paragraph(line, 11, true));
            }
            doc.add(paragraph("期末指标与完成率", 10, true));
            doc.add(table(s.figureColumns(), s.figures(), 8));
            doc.add(paragraph("得分构成", 10, true));
            for (String line : s.buildUp()) {
                doc.add(paragraph(line, 8.5f, false));
            }
            doc.add(paragraph("各月总分与排名", 10, true));
            doc.add(chart(s.months(), 510, 210));
            doc.add(paragraph(s.historyTitle(), 10, true));
            doc.add(table(s.historyColumns(), s.history(), 8.5f));
        });
    }

    private interface Content {
        void add(Document doc) throws DocumentException;
    }

    private void write(Path file, Rectangle size, String stage, Content content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(size, 36, 36, 48, 36);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new StageStamp(stage));
            doc.addTitle(file.getFileName().toString());
            currentWriter.set(writer);
            try {
                doc.open();
                content.add(doc);
                // OpenPDF dates the document by the clock; the publication date makes two runs agree
                writer.getInfo().put(PdfName.CREATIONDATE, documentDate);
                writer.getInfo().put(PdfName.MODDATE, documentDate);
                doc.close();
            } finally {
                currentWriter.remove();
            }
            Files.write(file, PdfStabilizer.stabilize(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new ReportRenderingException("无法生成 " + file.getFileName() + "：" + e.getMessage(), e);
        }
    }

    /** The stage in the top right corner of every page, and the page number at the foot. */
    private final class StageStamp extends PdfPageEventHelper {
        private final String stage;

        StageStamp(String stage) {
            this.stage = stage;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            cb.beginText();
            cb.setFontAndSize(title, 12);
            cb.setColorFill("正式".equals(stage) ? Color.DARK_GRAY : STAGE_NOTICE);
            cb.showTextAligned(Element.ALIGN_RIGHT, "【" + stage + "】", page.getRight(36), page.getTop(30), 0);
            cb.setFontAndSize(body, 8);
            cb.setColorFill(Color.GRAY);
            cb.showTextAligned(Element.ALIGN_CENTER, "第 " + writer.getPageNumber() + " 页", page.getWidth() / 2, 20, 0);
            cb.endText();
        }
    }

    private void heading(Document doc, String text, String under, String note) throws DocumentException {
        Paragraph t = new Paragraph(text, new Font(title, 16));
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingAfter(4);
        doc.add(t);
        Paragraph u = new Paragraph(under, new Font(body, 9, Font.NORMAL, Color.DARK_GRAY));
        u.setAlignment(Element.ALIGN_CENTER);
        doc.add(u);
        if (note != null && !note.isEmpty()) {
            Paragraph n = new Paragraph(note, new Font(body, 9, Font.NORMAL, STAGE_NOTICE));
            n.setAlignment(Element.ALIGN_CENTER);
            doc.add(n);
        }
    }

    private Paragraph paragraph(String text, float size, boolean strong) {
        Paragraph p = new Paragraph(text, new Font(strong ? title : body, size));
        p.setSpacingBefore(strong ? 6 : 1);
        p.setSpacingAfter(2);
        return p;
    }

    private PdfPTable table(List<String> columns, List<List<String>> rows, float size) {
        PdfPTable t = new PdfPTable(columns.size());
        t.setWidthPercentage(100);
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            String c = columns.get(i);
            widths[i] = c.equals("单位") || c.equals("奖项") ? 2.2f : c.equals("排名") ? 0.7f : 1f;
        }
        try {
            t.setWidths(widths);
        } catch (DocumentException e) {
            throw new ReportRenderingException(e.getMessage(), e);
        }
        t.setHeaderRows(1);
        t.setSpacingBefore(2);
        for (String c : columns) {
            t.addCell(cell(c, size, HEAD, true));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                t.addCell(cell(i < row.size() ? row.get(i) : "", size, null, false));
            }
        }
        return t;
    }

    private PdfPCell cell(String text, float size, Color background, boolean strong) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, new Font(strong ? title : body, size)));
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(2.5f);
        c.setBorderColor(RULE);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }

    /** Bars for the months' totals (left axis), a line for the rank (right axis, first at the top). */
    private Image chart(List<TermScorecard.MonthPoint> months, float width, float height) throws DocumentException {
        PdfTemplate tpl = PdfTemplate.createTemplate(writerless(), width, height);
        float left = 34;
        float right = width - 34;
        float bottom = 22;
        float top = height - 14;
        // bars below, the rank line in its own band above them, so neither covers the other's labels
        float barTop = bottom + (top - bottom) * 0.68f;
        float rankBottom = barTop + 12;
        double maxScore = 120;
        for (TermScorecard.MonthPoint m : months) {
            if (m.score() != null) {
                maxScore = Math.max(maxScore, Math.ceil(m.score().doubleValue() / 20) * 20);
            }
        }
        int maxRank = months.stream()
                .mapToInt(TermScorecard.MonthPoint::groupSize)
                .max()
                .orElse(1);
        maxRank = Math.max(maxRank, 1);
        tpl.setColorStroke(RULE);
        tpl.setLineWidth(0.5f);
        for (int tick = 0; tick <= maxScore; tick += 20) {
            float y = (float) (bottom + (barTop - bottom) * tick / maxScore);
            tpl.moveTo(left, y);
            tpl.lineTo(right, y);
            text(tpl, Integer.toString(tick), left - 4, y - 3, Element.ALIGN_RIGHT, Color.GRAY);
        }
        tpl.stroke();
        float slot = (right - left) / Math.max(months.size(), 1);
        float[] xs = new float[months.size()];
        for (int i = 0; i < months.size(); i++) {
            TermScorecard.MonthPoint m = months.get(i);
            xs[i] = left + slot * i + slot / 2;
            text(tpl, m.label(), xs[i], bottom - 12, Element.ALIGN_CENTER, Color.DARK_GRAY);
            if (m.score() != null) {
                float h = (float) ((barTop - bottom) * Math.max(0, m.score().doubleValue()) / maxScore);
                tpl.setColorFill(BAR);
                tpl.rectangle(xs[i] - slot * 0.3f, bottom, slot * 0.6f, h);
                tpl.fill();
                text(
                        tpl,
                        m.score().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString(),
                        xs[i],
                        bottom + Math.max(h - 9, 2), // inside the bar's top: the rank line never covers it
                        Element.ALIGN_CENTER,
                        h > 12 ? Color.WHITE : Color.DARK_GRAY);
            }
        }
        for (int r = 1; r <= maxRank; r += Math.max(1, maxRank - 1)) { // first and last place
            text(tpl, "第" + r, right + 4, rankY(r, maxRank, rankBottom, top) - 3, Element.ALIGN_LEFT, LINE);
        }
        tpl.setColorStroke(LINE);
        tpl.setLineWidth(1.2f);
        boolean drawing = false;
        for (int i = 0; i < months.size(); i++) {
            Integer rank = months.get(i).rank();
            if (rank == null) {
                drawing = false;
                continue;
            }
            float y = rankY(rank, maxRank, rankBottom, top);
            if (drawing) {
                tpl.lineTo(xs[i], y);
            } else {
                tpl.moveTo(xs[i], y);
                drawing = true;
            }
        }
        tpl.stroke();
        tpl.setColorFill(LINE);
        for (int i = 0; i < months.size(); i++) {
            Integer rank = months.get(i).rank();
            if (rank != null) {
                tpl.circle(xs[i], rankY(rank, maxRank, rankBottom, top), 2.2f);
                tpl.fill();
                text(
                        tpl,
                        Integer.toString(rank),
                        xs[i],
                        rankY(rank, maxRank, rankBottom, top) + 4,
                        Element.ALIGN_CENTER,
                        LINE);
                tpl.setColorFill(LINE);
            }
        }
        text(tpl, "柱：总分　线：组内排名", left, height - 8, Element.ALIGN_LEFT, Color.DARK_GRAY);
        Image image = Image.getInstance(tpl);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private static float rankY(int rank, int maxRank, float bottom, float top) {
        if (maxRank == 1) {
            return top - 6;
        }
        return top - 6 - (top - bottom - 12) * (rank - 1) / (maxRank - 1);
    }

    private void text(PdfTemplate tpl, String s, float x, float y, int align, Color colour) {
        tpl.beginText();
        tpl.setFontAndSize(body, 7);
        tpl.setColorFill(colour);
        tpl.showTextAligned(align, s, x, y, 0);
        tpl.endText();
    }

    private PdfWriter writerless() {
        return currentWriter.get();
    }

    private final ThreadLocal<PdfWriter> currentWriter = new ThreadLocal<>();
}
