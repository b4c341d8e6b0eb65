package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The bureau's side of the portal on a real database with the sample city's 2025 units, the clock on 3 October
 * 2025 10:00 Beijing time: the board and its Excel export, 代报, account management, the runs page in Chinese, the
 * ranking's period selector and the clean-up of a refused targets upload.
 */
@Import(PortalFixtures.ThirdOfOctober.class)
@PortalTest
abstract class BureauPortalTests extends PortalTestBase {

    static final Path home = WorkingFolder.of(BureauPortalTests.class);

    PortalUser county;
    PortalUser bureau;

    @BeforeEach
    void accountsOfTheCountyAndTheBureau() {
        county = account("dongchuan", "county", PortalFixtures.OWN);
        bureau = account("office", "bureau", null);
    }

    MvcResult countyUpload(byte[] content) throws Exception {
        return mvc.perform(multipart("/county/upload")
                        .file(new MockMultipartFile("file", "419921.xlsx", null, content))
                        .param("period", "2025-09")
                        .with(user(county))
                        .with(csrf()))
                .andReturn();
    }

    String page(String url, String... params) throws Exception {
        var request = get(url).with(user(bureau));
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long lastSubmissionId(String unit) {
        return jdbc.queryForObject("SELECT MAX(id) FROM return_submission WHERE unit_code = ?", Long.class, unit);
    }

    static Row rowOf(Sheet sheet, String unit) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && unit.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + unit);
    }

    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    // ---- the board and its export -----------------------------------------------------------------------------

    @Test
    void theBoardExportHasEveryUnitWithItsStateVersionTimeAndCoverContact() throws Exception {
        countyUpload(PortalFixtures.good(home, PortalFixtures.OWN));
        mvc.perform(multipart("/bureau/upload")
                .file(new MockMultipartFile(
                        "file", "河阳.xlsx", null, PortalFixtures.withWordsForAmount(home, PortalFixtures.OTHER)))
                .param("period", "2025-09")
                .param("unit", PortalFixtures.OTHER)
                .with(user(bureau))
                .with(csrf()));

        MvcResult result = mvc.perform(
                        get("/bureau/board.xlsx").param("period", "2025-09").with(user(bureau)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''%E6%8A%A5%E9%80%81%E6%83%85%E5%86%B5-2025-09.xlsx");
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单位代码");
            assertThat(text(sheet.getRow(0), 8)).isEqualTo("填报人");
            assertThat(sheet.getLastRowNum()).as("one row per unit of 2025").isEqualTo(SampleMonth.UNITS);

            Row own = rowOf(sheet, PortalFixtures.OWN);
            assertThat(text(own, 1)).isEqualTo("东川县");
            assertThat(text(own, 3)).isEqualTo("已报送");
            assertThat(own.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(own.getCell(5).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 10, 3, 10, 0));
            assertThat(text(own, 6)).isEqualTo("否");
            assertThat(text(own, 7)).isEqualTo("网上");
            assertThat(text(own, 8)).isEqualTo("王丽");
            assertThat(text(own, 9)).isEqualTo("0399-6992188");

            Row other = rowOf(sheet, PortalFixtures.OTHER);
            assertThat(text(other, 3)).isEqualTo("未报送");
            assertThat(other.getCell(4)).as("no version counts").isNull();
            assertThat(text(other, 11)).isEqualTo("第1版未通过校验");
        }
        mvc.perform(get("/bureau/board.xlsx").with(user(county))).andExpect(status().isForbidden());
    }

    @Test
    void aReturnedVersionIsNotShownAsTheVersionThatCounts() throws Exception {
        countyUpload(PortalFixtures.good(home, PortalFixtures.OWN));
        long id = lastSubmissionId(PortalFixtures.OWN);
        mvc.perform(post("/bureau/submissions/" + id + "/send-back")
                        .param("reason", "漏报项目")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bureau?period=2025-09"));

        String row = PortalControllerTests.rowOf(page("/bureau", "period", "2025-09"), PortalFixtures.OWN);
        assertThat(row).contains("已退回", "第1版已退回，原因：漏报项目");
        assertThat(row.replaceAll("\\s+", "")).contains("<tdclass=\"num\">—</td>");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                mvc.perform(get("/bureau/board.xlsx").param("period", "2025-09").with(user(bureau)))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))) {
            Row own = rowOf(workbook.getSheetAt(0), PortalFixtures.OWN);
            assertThat(text(own, 3)).isEqualTo("已退回");
            assertThat(own.getCell(4)).isNull();
            assertThat(text(own, 11)).isEqualTo("第1版已退回：漏报项目");
        }
    }

    @Test
    void aDetailPageNamesTheUnitAndTheCoverContact() throws Exception {
        countyUpload(PortalFixtures.good(home, PortalFixtures.OWN));
        String detail = page("/bureau/submissions/" + lastSubmissionId(PortalFixtures.OWN));
        assertThat(detail).contains("东川县（", "王丽 / 0399-6992188").doesNotContain("代本单位上传");
    }

    // ---- 代报 ------------------------------------------------------------------------------------------------------

    @Test
    void theBureauUploadsAReturnOnAUnitsBehalfAndItIsRecordedAsSuch() throws Exception {
        MvcResult result = mvc.perform(multipart("/bureau/upload")
                        .file(new MockMultipartFile(
                                "file", "河阳县9月.xlsx", null, PortalFixtures.good(home, PortalFixtures.OTHER)))
                        .param("period", "2025-09")
                        .param("unit", PortalFixtures.OTHER)
                        .with(user(bureau))
                        .with(csrf()))
                .andReturn();
        long id = lastSubmissionId(PortalFixtures.OTHER);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/bureau/submissions/" + id);
        assertThat((String) result.getFlashMap().get("notice")).startsWith("已代 河阳县（419922）报送 2025-09：已接收为第 1 版");
        assertThat(jdbc.queryForObject(
                        "SELECT uploaded_by FROM portal_upload WHERE submission_id = ?", String.class, id))
                .isEqualTo("office");
        assertThat(jdbc.queryForObject("SELECT source FROM return_submission WHERE id = ?", String.class, id))
                .isEqualTo("PORTAL");

        assertThat(PortalControllerTests.rowOf(page("/bureau", "period", "2025-09"), PortalFixtures.OTHER))
                .contains("已报送", "网上（office 代报）");
        assertThat(page("/bureau/submissions/" + id)).contains("商务局 office 代本单位上传", "河阳县");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                mvc.perform(get("/bureau/board.xlsx").param("period", "2025-09").with(user(bureau)))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))) {
            assertThat(text(rowOf(workbook.getSheetAt(0), PortalFixtures.OTHER), 7))
                    .isEqualTo("网上（office 代报）");
        }
    }

    @Test
    void anUploadOnBehalfIsCheckedLikeTheUnitsOwn() throws Exception {
        // another unit's file: refused, nothing stored
        String refused = body(mvc.perform(multipart("/bureau/upload")
                        .file(new MockMultipartFile(
                                "file", "x.xlsx", null, PortalFixtures.good(home, PortalFixtures.OWN)))
                        .param("period", "2025-09")
                        .param("unit", PortalFixtures.OTHER)
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(refused).contains("未接收：这份报表不能作为 河阳县 的报表", "419921");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM return_submission", Integer.class))
                .isZero();

        assertThat(body(mvc.perform(multipart("/bureau/upload")
                                .file(new MockMultipartFile(
                                        "file", "x.xlsx", null, PortalFixtures.good(home, PortalFixtures.OWN)))
                                .param("period", "2025-09")
                                .param("unit", "999999")
                                .with(user(bureau))
                                .with(csrf()))
                        .andReturn()))
                .contains("请选择要代为报送的单位（2025 年考核单位之一）");
        mvc.perform(multipart("/bureau/upload")
                        .file(new MockMultipartFile(
                                "file", "x.xlsx", null, PortalFixtures.good(home, PortalFixtures.OWN)))
                        .param("period", "2025-09")
                        .param("unit", PortalFixtures.OWN)
                        .with(user(county))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(page("/bureau/upload", "period", "2025-09")).contains("419922 河阳县", "代为报送");
        assertThat(PortalControllerTests.rowOf(page("/bureau", "period", "2025-09"), PortalFixtures.OTHER))
                .contains("/bureau/upload?period=2025-09&amp;unit=419922");
        assertThat(page("/bureau/upload", "period", "2025-09", "unit", "419922"))
                .contains("<option value=\"419922\" selected=\"selected\">419922 河阳县</option>");
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    // ---- accounts ----------------------------------------------------------------------------------------------

    @Test
    void theBureauOpensDisablesEnablesAndResetsAccounts() throws Exception {
        MvcResult created = mvc.perform(post("/bureau/accounts")
                        .param("username", "heyang")
                        .param("role", "county")
                        .param("unit", PortalFixtures.OTHER)
                        .param("password", PASSWORD)
                        .param("confirm", PASSWORD)
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bureau/accounts"))
                .andReturn();
        assertThat((String) created.getFlashMap().get("notice")).isEqualTo("已开设账号 heyang（报送单位 419922），请把密码告知使用人");
        assertThat(accountRows.findByUsername("heyang").unitCode()).isEqualTo(PortalFixtures.OTHER);
        mvc.perform(formLogin("/login").user("heyang").password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(page("/bureau/accounts")).contains("heyang", "419922 河阳县", "正常");

        // the same rules as `scorecard user add`
        assertThat((String) mvc.perform(post("/bureau/accounts")
                                .param("username", "short")
                                .param("role", "county")
                                .param("unit", PortalFixtures.OTHER)
                                .param("password", "abc")
                                .param("confirm", "abc")
                                .with(user(bureau))
                                .with(csrf()))
                        .andReturn()
                        .getFlashMap()
                        .get("problem"))
                .isEqualTo("未开设账号：密码至少 10 个字符");
        assertThat((String) mvc.perform(post("/bureau/accounts")
                                .param("username", "nounit")
                                .param("role", "county")
                                .param("password", PASSWORD)
                                .param("confirm", PASSWORD)
                                .with(user(bureau))
                                .with(csrf()))
                        .andReturn()
                        .getFlashMap()
                        .get("problem"))
                .isEqualTo("未开设账号：报送单位账号须选择所属单位");
        assertThat((String) mvc.perform(post("/bureau/accounts")
                                .param("username", "heyang")
                                .param("role", "bureau")
                                .param("password", PASSWORD)
                                .param("confirm", PASSWORD)
                                .with(user(bureau))
                                .with(csrf()))
                        .andReturn()
                        .getFlashMap()
                        .get("problem"))
                .isEqualTo("未开设账号：用户名 heyang 已存在");
        assertThat((String) mvc.perform(post("/bureau/accounts")
                                .param("username", "typo")
                                .param("role", "bureau")
                                .param("password", PASSWORD)
                                .param("confirm", PASSWORD + "x")
                                .with(user(bureau))
                                .with(csrf()))
                        .andReturn()
                        .getFlashMap()
                        .get("problem"))
                .isEqualTo("未开设账号：两次输入的密码不一致");
        assertThat(accountRows.findByUsername("short")).isNull();

        mvc.perform(post("/bureau/accounts/heyang/enabled")
                        .param("enabled", "false")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bureau/accounts"));
        assertThat(accountRows.findByUsername("heyang").enabled()).isFalse();
        mvc.perform(formLogin("/login").user("heyang").password(PASSWORD)).andExpect(redirectedUrl("/login?error=bad"));
        assertThat(PortalControllerTests.rowOf(
                        page("/bureau/accounts").replace("id=\"account-", "id=\"unit-"), "heyang"))
                .contains("已停用", "启用");
        mvc.perform(post("/bureau/accounts/heyang/enabled")
                        .param("enabled", "true")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bureau/accounts"));

        mvc.perform(post("/bureau/accounts/heyang/password")
                        .param("password", "a brand new password")
                        .param("confirm", "a brand new password")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bureau/accounts"));
        mvc.perform(formLogin("/login").user("heyang").password("a brand new password"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("heyang").password(PASSWORD)).andExpect(redirectedUrl("/login?error=bad"));

        assertThat((String) mvc.perform(post("/bureau/accounts/office/enabled")
                                .param("enabled", "false")
                                .with(user(bureau))
                                .with(csrf()))
                        .andReturn()
                        .getFlashMap()
                        .get("problem"))
                .isEqualTo("不能停用自己正在使用的账号");
        assertThat(accountRows.findByUsername("office").enabled()).isTrue();
        mvc.perform(post("/bureau/accounts/heyang/password")
                        .param("password", PASSWORD)
                        .param("confirm", PASSWORD)
                        .with(user(county))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    // ---- runs, ranking, targets --------------------------------------------------------------------------------

    @Test
    void theRunsPageSpeaksChineseAndSaysWhenNothingWasImported() throws Exception {
        Path empty = Files.createDirectories(home.resolve("empty-inbox"));
        operations.importReturns(SampleMonth.PERIOD, empty);
        mvc.perform(multipart("/bureau/targets")
                .file(new MockMultipartFile("file", "错的.xlsx", null, "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .param("year", "2025")
                .with(user(bureau))
                .with(csrf()));

        String runs = page("/bureau/runs");
        long imported = jdbc.queryForObject(
                "SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e JOIN "
                        + "BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'importReturns'",
                Long.class);
        assertThat(PortalControllerTests.rowOf(runs.replace("id=\"run-", "id=\"unit-"), String.valueOf(imported)))
                .contains("导入月报", "2025-09", "完成", "没有导入任何月报（收件箱中没有待导入的文件）");
        assertThat(runs)
                .contains("导入目标任务书", "失败", "文件不是Excel工作簿")
                .doesNotContain("COMPLETED", "FAILED", "Exception", "importReturns", "importTargets");
    }

    @Test
    void theRankingOffersEveryAssessedPeriod() throws Exception {
        for (String period : new String[] {"2025-08", "2025-09"}) {
            jdbc.update(
                    "INSERT INTO assessment_run (period, computed_at, config_name, config_sha256) VALUES (?, ?, ?, ?)",
                    period,
                    LocalDateTime.of(2025, 10, 3, 9, 0),
                    "sample",
                    "0".repeat(64));
        }
        String latest = page("/bureau/ranking");
        assertThat(latest)
                .contains(
                        "<option value=\"2025-09\" selected=\"selected\">2025-09</option>",
                        "<option value=\"2025-08\">2025-08</option>");
        assertThat(page("/bureau/ranking", "period", "2025-08"))
                .contains("<option value=\"2025-08\" selected=\"selected\">2025-08</option>");
        assertThat(page("/bureau/ranking", "period", "2024-01"))
                .as("not assessed: the latest")
                .contains("<option value=\"2025-09\" selected=\"selected\">");
    }

    @Test
    void aRefusedTargetsUploadIsNotKept() throws Exception {
        mvc.perform(multipart("/bureau/targets")
                        .file(new MockMultipartFile(
                                "file", "错的.xlsx", null, "not a workbook".getBytes(StandardCharsets.UTF_8)))
                        .param("year", "2025")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(multipart("/bureau/targets")
                        .file(new MockMultipartFile("file", "新目标.xlsx", null, PortalFixtures.withTargetRemoved(home)))
                        .param("year", "2025")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(status().isOk());
        try (Stream<Path> kept = Files.list(home.resolve("uploads").resolve("targets"))) {
            assertThat(kept.toList()).as("only the imported workbook").hasSize(1);
        }
    }
}
