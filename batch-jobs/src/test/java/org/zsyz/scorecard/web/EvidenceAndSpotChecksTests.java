package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.assess.AssessmentRulesSource;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.testsupport.WorkingFolder;
import org.zsyz.scorecard.verification.SpotCheckService;

/**
 * 佐证材料 and 抽查 (issue 20, points 3 and 4): a county attaches files to its own projects only, the type told from
 * the content; the bureau sees and downloads them; a method requiring evidence leaves a project without it out of
 * the figures and lists it as 待补佐证材料; a 弄虚作假 check takes the method's points off.
 */
@Import(PortalFixtures.ThirdOfOctober.class)
@PortalTest
abstract class EvidenceAndSpotChecksTests extends PortalTestBase {

    static final Path home = WorkingFolder.of(EvidenceAndSpotChecksTests.class);

    static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @Autowired
    AssessmentRulesSource rules;

    @Autowired
    SpotCheckService spotChecks;

    @Autowired
    org.zsyz.scorecard.store.review.ReviewMapper reviews;

    PortalUser own;
    PortalUser other;
    PortalUser bureau;
    String project;

    @BeforeEach
    void accountsAndTheOwnReturn() throws Exception {
        PortalControllerTests.deleteTree(home.resolve("evidence"));
        own = account("dongchuan", "county", PortalFixtures.OWN);
        other = account("heyang", "county", PortalFixtures.OTHER);
        bureau = account("office", "bureau", null);
        upload("/county/upload", own, "419921.xlsx", PortalFixtures.good(home, PortalFixtures.OWN), null);
        upload("/county/upload", other, "419922.xlsx", PortalFixtures.good(home, PortalFixtures.OTHER), null);
        project = DuplicateProjectsTests.firstProject(home, PortalFixtures.OWN)[2];
    }

    @AfterEach
    void noMethodFile() throws Exception {
        Files.deleteIfExists(rules.fileFor(SampleMonth.YEAR));
    }

    String upload(String url, PortalUser who, String name, byte[] content, String projectNo) throws Exception {
        var request = multipart(url)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .param("period", "2025-09");
        if (projectNo != null) {
            request.param("project", projectNo);
        }
        return mvc.perform(request.with(user(who)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String page(String url, PortalUser who) throws Exception {
        return mvc.perform(get(url).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    int evidenceRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM project_evidence", Integer.class);
    }

    long storedFiles() throws Exception {
        Path root = home.resolve("evidence");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static byte[] ofd(boolean withOfdXml) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(withOfdXml ? "OFD.xml" : "word/document.xml"));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aCountyAttachesAFileToItsProjectWhichTheBureauSeesAndDownloadsAndNoOtherCountyReaches() throws Exception {
        String result = upload("/county/evidence", own, "合同.pdf", PDF, project);
        assertThat(result).contains("已上传项目 " + project + " 的佐证材料“合同.pdf”（PDF）。");

        String sha = jdbc.queryForObject("SELECT sha256 FROM project_evidence", String.class);
        Path stored = home.resolve("evidence").resolve(sha.substring(0, 2)).resolve(sha);
        assertThat(stored).hasBinaryContent(PDF);
        assertThat(storedFiles()).as("one file, under its SHA-256 only").isOne();
        assertThat(jdbc.queryForList(
                                "SELECT unit_code, project_no, file_type, file_name, size_bytes, uploaded_by FROM project_evidence")
                        .get(0))
                .containsValues(PortalFixtures.OWN, project, "PDF", "合同.pdf", (long) PDF.length, "dongchuan");
        long id = jdbc.queryForObject("SELECT id FROM project_evidence", Long.class);

        assertThat(page("/bureau/evidence?period=2025-09&unit=" + PortalFixtures.OWN, bureau))
                .contains("合同.pdf")
                .contains("/bureau/evidence/" + id);
        byte[] downloaded = mvc.perform(get("/bureau/evidence/" + id).with(user(bureau)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(PDF);
        mvc.perform(get("/county/evidence/" + id).with(user(own))).andExpect(status().isOk());

        // isolation: another county neither sees nor downloads it, nor reaches the bureau's pages
        assertThat(page("/county/evidence?period=2025-09", other)).doesNotContain("合同.pdf");
        mvc.perform(get("/county/evidence/" + id).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/county/evidence/" + (id + 1000)).with(user(own))).andExpect(status().isNotFound());
        mvc.perform(get("/bureau/evidence/" + id).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(get("/bureau/spot-checks").with(user(other))).andExpect(status().isForbidden());
        mvc.perform(post("/bureau/spot-checks/draw")
                        .param("period", "2025-09")
                        .param("perUnit", "2")
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spot_check_draw", Integer.class))
                .isZero();

        // a project of another unit is "not in the return" for this county: refused, nothing stored
        String otherProject = DuplicateProjectsTests.firstProject(home, PortalFixtures.OTHER)[2];
        assertThat(upload("/county/evidence", own, "x.pdf", PDF, otherProject))
                .contains("项目编号“" + otherProject + "”不在本单位 2025-09 有效的月报表（第 1 版）项目台账中，不能上传佐证材料，文件“x.pdf”没有保存");

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'EVIDENCE' AND unit_code = ?",
                        Integer.class,
                        PortalFixtures.OWN))
                .isOne();
    }

    @Test
    void anExecutableRenamedToPdfA60MbImageAndAProjectNotInTheReturnAreRefusedWithNothingStored() throws Exception {
        assertThat(upload("/county/evidence", own, "营业执照.pdf", EXE, project))
                .contains("文件“营业执照.pdf”不是 PDF、JPG、PNG 或 OFD 文件（按文件内容判断，与文件名无关），没有保存");
        byte[] big = new byte[60 * 1024 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThat(upload("/county/evidence", own, "银行回单.jpg", big, project))
                .contains("文件“银行回单.jpg”超过佐证材料的大小上限 20 MB，没有保存");
        assertThat(upload("/county/evidence", own, "合同.pdf", PDF, "NO-SUCH-1"))
                .contains("项目编号“NO-SUCH-1”不在本单位 2025-09 有效的月报表（第 1 版）项目台账中");
        assertThat(upload("/county/evidence", own, "a.ofd", ofd(false), project))
                .contains("不是 PDF、JPG、PNG 或 OFD 文件");
        assertThat(evidenceRows()).isZero();
        assertThat(storedFiles()).as("nothing left in the working folder").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'EVIDENCE'", Integer.class))
                .isZero();

        assertThat(upload("/county/evidence", own, "电子合同.ofd", ofd(true), project))
                .contains("（OFD）");
        assertThat(jdbc.queryForObject("SELECT file_type FROM project_evidence", String.class))
                .isEqualTo("OFD");
    }

    BigDecimal i1() {
        return jdbc.queryForObject(
                "SELECT value_ytd FROM indicator_result WHERE period = '2025-09' AND unit_code = ? AND indicator_code = 'I1'",
                BigDecimal.class,
                PortalFixtures.OWN);
    }

    List<String> waiting() {
        return jdbc.queryForList(
                "SELECT project_no FROM assessment_warning WHERE period = '2025-09' AND unit_code = ?"
                        + " AND kind = 'AWAITING_EVIDENCE' ORDER BY project_no",
                String.class,
                PortalFixtures.OWN);
    }

    @Test
    void aMethodRequiringEvidenceLeavesBigProjectsWithoutItOutUntilAFileArrives() throws Exception {
        operations.assess(SampleMonth.PERIOD);
        BigDecimal before = i1();
        assertThat(waiting()).isEmpty();

        long submission = jdbc.queryForObject(
                "SELECT id FROM return_submission WHERE unit_code = ? AND status = 'ACCEPTED'",
                Long.class,
                PortalFixtures.OWN);
        BigDecimal threshold = jdbc.queryForObject(
                "SELECT MAX(contract_amount) FROM ledger_project WHERE submission_id = ?",
                BigDecimal.class,
                submission);
        List<String> big = jdbc.queryForList(
                "SELECT project_no FROM ledger_project WHERE submission_id = ? AND contract_amount >= ? ORDER BY project_no",
                String.class,
                submission,
                threshold);
        BigDecimal theirI1 = jdbc.queryForObject(
                "SELECT COALESCE(SUM(funds_this_year), 0) FROM ledger_project WHERE submission_id = ?"
                        + " AND contract_amount >= ? AND investor_source <> 'LOCAL'",
                BigDecimal.class,
                submission,
                threshold);
        assertThat(theirI1).as("the big projects bring 到位市外资金 this year").isPositive();
        Path file = rules.fileFor(SampleMonth.YEAR);
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                rules.defaults(SampleMonth.YEAR).text() + "\nverification:\n  evidence_required_from_yi: "
                        + threshold.stripTrailingZeros().toPlainString() + "\n",
                StandardCharsets.UTF_8);

        operations.assess(SampleMonth.PERIOD);
        assertThat(waiting()).isEqualTo(big);
        assertThat(i1()).isEqualByComparingTo(before.subtract(theirI1));
        assertThat(page("/county/evidence?period=2025-09", own))
                .contains("本期待补 " + big.size() + " 个项目")
                .contains("待补佐证材料（未计入考核）");

        for (String no : big) {
            upload(
                    "/county/evidence",
                    own,
                    no + ".png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0},
                    no);
        }
        operations.assess(SampleMonth.PERIOD);
        assertThat(waiting()).isEmpty();
        assertThat(i1()).isEqualByComparingTo(before);
    }

    BigDecimal[] score() {
        return jdbc.queryForObject(
                "SELECT deduction, total_score FROM unit_score WHERE period = '2025-09' AND unit_code = ?",
                (rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)},
                PortalFixtures.OWN);
    }

    @Test
    void theSampleIsReproducibleFromItsSeedAndAFailedCheckTakesThePointsOff() throws Exception {
        operations.assess(SampleMonth.PERIOD);
        BigDecimal[] before = score();

        mvc.perform(post("/bureau/spot-checks/draw")
                .param("period", "2025-09")
                .param("perUnit", "2")
                .param("seed", "20251003")
                .with(user(bureau))
                .with(csrf()));
        List<String> sample = jdbc.queryForList(
                "SELECT CONCAT(unit_code, '/', project_no) FROM spot_check ORDER BY unit_code, project_no",
                String.class);
        assertThat(sample).hasSize(4); // two units with a return, two projects each
        assertThat(jdbc.queryForObject("SELECT seed FROM spot_check_draw WHERE period = '2025-09'", Long.class))
                .isEqualTo(20251003L);
        assertThat(page("/bureau/spot-checks?period=2025-09", bureau)).contains("样本：种子 20251003，每单位 2 个");

        // a second draw is refused; the same seed on a fresh table draws the same projects
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> spotChecks.draw(SampleMonth.PERIOD, 2, 1L, "office"))
                .hasMessageStartingWith("2025-09 已抽取过抽查样本（种子 20251003，每单位 2 个，office 于");
        jdbc.update("DELETE FROM spot_check");
        jdbc.update("DELETE FROM spot_check_draw");
        spotChecks.draw(SampleMonth.PERIOD, 2, 20251003L, "office");
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(unit_code, '/', project_no) FROM spot_check ORDER BY unit_code, project_no",
                        String.class))
                .isEqualTo(sample);

        long id = jdbc.queryForObject(
                "SELECT MIN(id) FROM spot_check WHERE unit_code = ?", Long.class, PortalFixtures.OWN);
        String no = jdbc.queryForObject("SELECT project_no FROM spot_check WHERE id = ?", String.class, id);
        mvc.perform(post("/bureau/spot-checks/" + id)
                .param("period", "2025-09")
                .param("result", "弄虚作假")
                .param("note", "")
                .with(user(bureau))
                .with(csrf()));
        assertThat(jdbc.queryForObject("SELECT result FROM spot_check WHERE id = ?", String.class, id))
                .as("弄虚作假 without a note is refused")
                .isNull();
        mvc.perform(post("/bureau/spot-checks/" + id)
                .param("period", "2025-09")
                .param("result", "弄虚作假")
                .param("note", "现场无此项目")
                .with(user(bureau))
                .with(csrf()));
        assertThat(jdbc.queryForObject("SELECT result FROM spot_check WHERE id = ?", String.class, id))
                .isEqualTo("FRAUD");

        operations.assess(SampleMonth.PERIOD);
        BigDecimal[] after = score();
        assertThat(after[0]).isEqualByComparingTo(before[0].add(new BigDecimal("0.2")));
        assertThat(after[1]).isEqualByComparingTo(before[1].subtract(new BigDecimal("0.2")));
        assertThat(jdbc.queryForObject(
                        "SELECT reason FROM score_adjustment WHERE period = '2025-09' AND unit_code = ? AND project_no = ?",
                        String.class,
                        PortalFixtures.OWN,
                        no))
                .startsWith("扣分：抽查项目“")
                .endsWith("（" + no + "）核查结果为弄虚作假，扣0.2分");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'SPOT_CHECK'", Integer.class))
                .as("the draw, the redraw and the result")
                .isEqualTo(3);
    }

    @Test
    void theUnitsScorecardListsTheProjectsWaitingForEvidenceAndTheFailedCheck() throws Exception {
        PortalControllerTests.deleteTree(home.resolve("out"));
        long submission = jdbc.queryForObject(
                "SELECT id FROM return_submission WHERE unit_code = ? AND status = 'ACCEPTED'",
                Long.class,
                PortalFixtures.OWN);
        BigDecimal threshold = jdbc.queryForObject(
                "SELECT MAX(contract_amount) FROM ledger_project WHERE submission_id = ?",
                BigDecimal.class,
                submission);
        String waiting = jdbc.queryForObject(
                "SELECT MIN(project_no) FROM ledger_project WHERE submission_id = ? AND contract_amount >= ?",
                String.class,
                submission,
                threshold);
        Path file = rules.fileFor(SampleMonth.YEAR);
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                rules.defaults(SampleMonth.YEAR).text() + "\nverification:\n  evidence_required_from_yi: "
                        + threshold.stripTrailingZeros().toPlainString() + "\n  spot_check_fraud_points: 0.5\n",
                StandardCharsets.UTF_8);
        spotChecks.draw(SampleMonth.PERIOD, 1, 99L, "office");
        long id = jdbc.queryForObject("SELECT id FROM spot_check WHERE unit_code = ?", Long.class, PortalFixtures.OWN);
        String checked = jdbc.queryForObject("SELECT project_no FROM spot_check WHERE id = ?", String.class, id);
        spotChecks.record(id, "弄虚作假", "合同金额虚报", "office");

        operations.assess(SampleMonth.PERIOD);
        assertThat(operations.publish(SampleMonth.PERIOD, false, true).getStatus())
                .isEqualTo(org.springframework.batch.core.BatchStatus.COMPLETED);
        Path scorecard;
        try (Stream<Path> files = Files.list(home.resolve("out").resolve("2025-09"))) {
            scorecard = files.filter(f -> f.getFileName().toString().startsWith(PortalFixtures.OWN + "-"))
                    .findFirst()
                    .orElseThrow();
        }
        String text = org.zsyz.scorecard.report.PdfText.text(scorecard).replaceAll("\\s", "");
        assertThat(text).contains("扣分-0.50抽查项目").contains("（" + checked + "）核查结果为弄虚作假，扣0.5分");
        // the 预警 table: the waiting project's row ends with its warning
        int row = text.indexOf(waiting, text.indexOf("六、预警提示"));
        assertThat(row).as("the waiting project in the 预警 table").isPositive();
        assertThat(text.substring(row, Math.min(text.length(), row + 60))).contains("待补佐证材料");

        // a result recorded after the publication is a change to the locked month: the next monthly run revises it
        java.time.LocalDateTime published = jdbc.queryForObject(
                "SELECT MAX(published_at) FROM publication WHERE period = ?",
                java.time.LocalDateTime.class,
                SampleMonth.PERIOD.toString());
        assertThat(reviews.countChangesSince(SampleMonth.PERIOD.toString(), published))
                .isZero();
        jdbc.update("UPDATE spot_check SET recorded_at = ? WHERE id = ?", published.plusMinutes(5), id);
        assertThat(reviews.countChangesSince(SampleMonth.PERIOD.toString(), published))
                .isOne();
        assertThat(reviews.describeChangesSince(SampleMonth.PERIOD.toString(), published))
                .containsExactly("抽查结果 " + PortalFixtures.OWN + " 项目 " + checked + "（弄虚作假）");
    }
}
