package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zsyz.scorecard.account.AccountService;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.domain.DuplicateKind;
import org.zsyz.scorecard.operations.ScorecardOperations;
import org.zsyz.scorecard.store.account.PortalAccountMapper;
import org.zsyz.scorecard.store.duplicate.DuplicateMapper;
import org.zsyz.scorecard.store.duplicate.ProjectDuplicate;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * "One project is assessed once": 河阳县 reports 东川县's first project (investor and name written with full-width
 * letters, extra spaces and other punctuation); both units see a warning naming the other's return, row, cell and
 * project number, and the pair is listed for the bureau to decide.
 */
@Import(PortalFixtures.ThirdOfOctober.class)
@PortalTest
abstract class DuplicateProjectsTests {

    static final String PASSWORD = "correct horse battery";

    static final Path home = WorkingFolder.of(DuplicateProjectsTests.class);

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ScorecardOperations operations;

    @Autowired
    AccountService accounts;

    @Autowired
    PortalAccountMapper accountRows;

    @Autowired
    DuplicateMapper duplicates;

    JdbcTemplate jdbc;
    PortalUser own;
    PortalUser other;
    PortalUser bureau;

    @BeforeEach
    void sampleCity() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        PortalFixtures.freshSampleCity(dataSource, operations, home);
        own = new PortalUser(accounts.add("dongchuan", "county", PortalFixtures.OWN, PASSWORD.toCharArray()), false);
        other = new PortalUser(accounts.add("heyang", "county", PortalFixtures.OTHER, PASSWORD.toCharArray()), false);
        bureau = new PortalUser(accounts.add("office", "bureau", null, PASSWORD.toCharArray()), false);
    }

    /** Investor and project name of the unit's first ledger row. */
    static String[] firstProject(Path home, String unit) throws IOException {
        try (InputStream in = Files.newInputStream(PortalFixtures.sampleReturn(home, unit));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet ledger = workbook.getSheet("项目台账");
            Row row = ledger.getRow(1);
            return new String[] {
                row.getCell(column(ledger, "投资方")).getStringCellValue(),
                row.getCell(column(ledger, "项目名称")).getStringCellValue(),
                row.getCell(column(ledger, "项目编号")).getStringCellValue()
            };
        }
    }

    static int column(Sheet ledger, String prefix) {
        for (Cell cell : ledger.getRow(0)) {
            if (cell.getStringCellValue().startsWith(prefix)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalStateException("no " + prefix + " column");
    }

    /** The unit's return with its third ledger row's investor and project name replaced. */
    static byte[] withProject(Path home, String unit, String investor, String name) throws IOException {
        try (InputStream in = Files.newInputStream(PortalFixtures.sampleReturn(home, unit));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet ledger = workbook.getSheet("项目台账");
            Row row = ledger.getRow(3);
            replace(row, column(ledger, "投资方"), investor);
            replace(row, column(ledger, "项目名称"), name);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The sample's cells are inline strings, which POI's setCellValue would leave in place beside the new value. */
    static void replace(Row row, int column, String value) {
        Cell old = row.getCell(column);
        org.apache.poi.ss.usermodel.CellStyle style = old.getCellStyle();
        row.removeCell(old);
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    /** Half-width letters and digits made full-width, spaces and a full-width bracket pair added. */
    static String disguised(String text) {
        StringBuilder out = new StringBuilder(" ");
        text.codePoints().forEach(c -> {
            if (c >= '!' && c <= '~') {
                out.appendCodePoint(c - '!' + '！');
            } else if (c == '（' || c == '(') {
                out.append(" (");
            } else if (c == '）' || c == ')') {
                out.append(") ");
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append("　").toString();
    }

    String upload(PortalUser who, byte[] content, String name) throws Exception {
        return new String(
                mvc.perform(multipart("/county/upload")
                                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                                .param("period", "2025-09")
                                .with(user(who))
                                .with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    String page(String url, PortalUser who) throws Exception {
        return new String(
                mvc.perform(get(url).with(user(who)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    long counting(String unit) {
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM return_submission WHERE unit_code = ? AND status = 'ACCEPTED'", Long.class, unit);
    }

    @Test
    void twoUnitsReportingTheSameProjectEachSeeAWarningNamingTheOther() throws Exception {
        String[] project = firstProject(home, PortalFixtures.OWN);
        assertThat(project[0]).isNotBlank();
        upload(own, PortalFixtures.good(home, PortalFixtures.OWN), "东川县.xlsx");
        long ownId = counting(PortalFixtures.OWN);
        int ownWarningsBefore =
                jdbc.queryForObject("SELECT warning_count FROM return_submission WHERE id = ?", Integer.class, ownId);

        upload(
                other,
                withProject(home, PortalFixtures.OTHER, disguised(project[0]), disguised(project[1])),
                "河阳县.xlsx");
        long otherId = counting(PortalFixtures.OTHER);
        String key = org.zsyz.scorecard.duplicates.ProjectKeys.key(project[0], project[1]);
        assertThat(jdbc.queryForList(
                        "SELECT submission_id FROM ledger_project WHERE match_key = ? ORDER BY submission_id",
                        Long.class,
                        key))
                .as("both versions' rows keyed alike")
                .containsExactly(ownId, otherId);

        String otherPage = page("/county/submissions/" + otherId, other);
        assertThat(otherPage)
                .contains("疑似与东川县（419921）报送的同一项目重复：2025-09 第 1 版月报表项目台账第 2 行（B2）、项目编号 " + project[2] + "，投资方和项目名称相同");
        String ownPage = page("/county/submissions/" + ownId, own);
        assertThat(ownPage).contains("疑似与河阳县（419922）报送的同一项目重复：2025-09 第 1 版月报表项目台账第 4 行（B4）、项目编号 ");
        assertThat(jdbc.queryForObject(
                        "SELECT warning_count FROM return_submission WHERE id = ?", Integer.class, ownId))
                .isEqualTo(ownWarningsBefore + 1);

        List<ProjectDuplicate> listed = duplicates.findByPeriod("2025-09");
        assertThat(listed).hasSize(1);
        ProjectDuplicate d = listed.get(0);
        assertThat(d.kind()).isEqualTo(DuplicateKind.SAME_PERIOD);
        assertThat(d.unitA()).isEqualTo(PortalFixtures.OWN);
        assertThat(d.submissionA()).isEqualTo(ownId);
        assertThat(d.projectNoA()).isEqualTo(project[2]);
        assertThat(d.rowA()).isEqualTo(2);
        assertThat(d.unitB()).isEqualTo(PortalFixtures.OTHER);
        assertThat(d.submissionB()).isEqualTo(otherId);
        assertThat(d.rowB()).isEqualTo(4);
        assertThat(d.decision()).isNull();

        String board = page("/bureau/duplicates?period=2025-09", bureau);
        assertThat(board).contains("两个单位同期报送", "东川县：第 2 行，" + project[2], "河阳县：第 4 行，", "待裁定");
        mvc.perform(get("/bureau/duplicates").param("period", "2025-09").with(user(own)))
                .andExpect(status().isForbidden());

        // a county never sees the other unit's version
        mvc.perform(get("/county/submissions/" + otherId).with(user(own))).andExpect(status().isNotFound());
    }

    @Test
    void differentProjectsOfTheSameInvestorAreNotDuplicates() throws Exception {
        String[] project = firstProject(home, PortalFixtures.OWN);
        upload(own, PortalFixtures.good(home, PortalFixtures.OWN), "东川县.xlsx");
        upload(other, withProject(home, PortalFixtures.OTHER, project[0], project[1] + "二期"), "河阳县.xlsx");
        assertThat(duplicates.findByPeriod("2025-09")).isEmpty();
        assertThat(page("/county/submissions/" + counting(PortalFixtures.OTHER), other))
                .doesNotContain("疑似与");
    }

    @Autowired
    org.zsyz.scorecard.publish.ScorecardAssembler assembler;

    BigDecimal i1(String unit) {
        return jdbc.queryForObject(
                "SELECT value_ytd FROM indicator_result WHERE period = '2025-09' AND unit_code = ? AND indicator_code = 'I1'",
                BigDecimal.class,
                unit);
    }

    /** 本年到位资金 of a unit's project in its counting return, counted in I1 when the investor is from outside the city. */
    BigDecimal fundsThisYear(String unit, String projectNo) {
        return jdbc.queryForObject(
                "SELECT funds_this_year FROM ledger_project WHERE submission_id = ? AND project_no = ?",
                BigDecimal.class,
                counting(unit),
                projectNo);
    }

    @Test
    void theBureausDecisionIsWhatTheAssessmentFollowsAndAnOpenOneIsInTheBulletinsNotes() throws Exception {
        upload(own, PortalFixtures.good(home, PortalFixtures.OWN), "东川县.xlsx");
        // 东川县's first project with funds this year from outside the city, which I1 counts
        Map<String, Object> funded = jdbc.queryForMap(
                "SELECT investor, project_name, project_no, row_no FROM ledger_project WHERE submission_id = ? "
                        + "AND investor_source IN ('市外省内', '省外') AND funds_this_year > 0 ORDER BY row_no LIMIT 1",
                counting(PortalFixtures.OWN));
        String[] project = {
            (String) funded.get("INVESTOR"), (String) funded.get("PROJECT_NAME"), (String) funded.get("PROJECT_NO")
        };
        int row = ((Number) funded.get("ROW_NO")).intValue();
        upload(other, withProject(home, PortalFixtures.OTHER, project[0], project[1]), "河阳县.xlsx");
        ProjectDuplicate d = duplicates.findByPeriod("2025-09").get(0);

        // the board names both returns: version and cell, row and project number
        assertThat(page("/bureau/duplicates?period=2025-09", bureau))
                .contains(
                        "东川县：第 " + row + " 行，" + project[2] + "（2025-09 第 1 版，B" + row + "）",
                        "河阳县：第 4 行，" + d.projectNoB() + "（2025-09 第 1 版，B4）");
        assertThat(page("/bureau/submissions/" + counting(PortalFixtures.OWN), bureau))
                .contains("疑似与河阳县（419922）报送的同一项目重复：2025-09 第 1 版月报表项目台账第 4 行（B4）、项目编号 " + d.projectNoB());

        operations.assess(org.zsyz.scorecard.batch.SampleMonth.PERIOD);
        BigDecimal ownBefore = i1(PortalFixtures.OWN);
        BigDecimal otherBefore = i1(PortalFixtures.OTHER);
        assertThat(assembler
                        .bulletin(org.zsyz.scorecard.batch.SampleMonth.PERIOD, java.time.LocalDate.of(2025, 10, 3), 0)
                        .methodNote())
                .anySatisfy(n -> assertThat(n)
                        .startsWith("备注：疑似重复报送的项目 1 个尚待商务局裁定，暂按各单位报送计入：“" + d.projectName() + "”（419921 " + project[2]
                                + " / 419922 " + d.projectNoB() + "）"));

        // a county cannot decide; a decision without a reason is refused; nothing changes either way
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/bureau/duplicates/" + d.id() + "/decision")
                        .param("period", "2025-09")
                        .param("decision", "UNIT_B")
                        .param("reason", "归河阳")
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(decide(d.id(), "UNIT_A", "")).isEqualTo("未裁定：请填写裁定理由");
        assertThat(duplicates.findById(d.id()).decision()).isNull();

        assertThat(decide(d.id(), "UNIT_B", "项目落地在河阳县")).isEqualTo("已裁定“" + d.projectName() + "”：只计入 419922。下次考核运行时生效");
        assertThat(jdbc.queryForObject(
                        "SELECT detail FROM audit_event WHERE action = 'DUPLICATE_DECISION'", String.class))
                .startsWith("只计入 419922（419921 项目 " + project[2] + " / 419922 项目 " + d.projectNoB() + "）；理由：项目落地在河阳县");
        operations.assess(org.zsyz.scorecard.batch.SampleMonth.PERIOD);
        assertThat(i1(PortalFixtures.OTHER)).isEqualByComparingTo(otherBefore);
        BigDecimal leftOut = fundsThisYear(PortalFixtures.OWN, project[2]);
        String source = jdbc.queryForObject(
                "SELECT investor_source FROM ledger_project WHERE submission_id = ? AND project_no = ?",
                String.class,
                counting(PortalFixtures.OWN),
                project[2]);
        assertThat(source).as("the sample's project counts in I1").isIn("市外省内", "省外");
        assertThat(leftOut).isPositive();
        assertThat(i1(PortalFixtures.OWN)).isEqualByComparingTo(ownBefore.subtract(leftOut));
        assertThat(jdbc.queryForMap(
                        "SELECT project_no, source, effect FROM assessed_exclusion WHERE period = '2025-09' AND unit_code = ?",
                        PortalFixtures.OWN))
                .containsEntry("PROJECT_NO", project[2])
                .containsEntry("SOURCE", "DUPLICATE")
                .containsEntry("EFFECT", "不予计入");
        assertThat(assembler
                        .bulletin(org.zsyz.scorecard.batch.SampleMonth.PERIOD, java.time.LocalDate.of(2025, 10, 3), 0)
                        .methodNote())
                .noneSatisfy(n -> assertThat(n).startsWith("备注：疑似重复"));

        // split: both count half of every amount
        assertThat(decide(d.id(), "SPLIT", "双方共同引进")).startsWith("已裁定“" + d.projectName() + "”：两单位各计一半");
        assertThat(duplicates.findById(d.id()).decision()).isEqualTo(org.zsyz.scorecard.domain.DuplicateDecision.SPLIT);
        operations.assess(org.zsyz.scorecard.batch.SampleMonth.PERIOD);
        assertThat(i1(PortalFixtures.OWN))
                .isEqualByComparingTo(ownBefore.subtract(leftOut.divide(BigDecimal.valueOf(2))));
    }

    String decide(long id, String decision, String reason) throws Exception {
        return (String) mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/bureau/duplicates/" + id + "/decision")
                        .param("period", "2025-09")
                        .param("decision", decision)
                        .param("reason", reason)
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .values()
                .iterator()
                .next();
    }
}
