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
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.batch.SampleMonth;
import org.zsyz.scorecard.operations.JobRunner;
import org.zsyz.scorecard.store.publish.Publication;
import org.zsyz.scorecard.store.publish.PublicationFile;
import org.zsyz.scorecard.store.publish.PublicationMapper;
import org.zsyz.scorecard.store.returns.ReturnSubmissionMapper;
import org.zsyz.scorecard.testsupport.WorkingFolder;

/**
 * The portal's controllers behind the real security filter chain, on a real database with the sample city's 2025
 * units: what a county and the bureau may do, and that a county never reaches another unit's data or files,
 * whatever id, file name or unit code it sends. The clock stands on 3 October 2025, so the current period is
 * 2025-09 (deadline 5 October).
 */
@Import(PortalFixtures.ThirdOfOctober.class) // explicit classes: a nested test configuration is not picked up by itself
@PortalTest
abstract class PortalControllerTests extends PortalTestBase {

    static final Path home = WorkingFolder.of(PortalControllerTests.class);

    @Autowired
    ReturnSubmissionMapper submissions;

    @Autowired
    PublicationMapper publications;

    @Autowired
    JobRunner runner;

    PortalUser county;
    PortalUser otherCounty;
    PortalUser bureau;

    @BeforeEach
    void accountsOfTwoCountiesAndTheBureau() {
        county = account("dongchuan", "county", PortalFixtures.OWN);
        otherCounty = account("heyang", "county", PortalFixtures.OTHER);
        bureau = account("office", "bureau", null);
    }

    MvcResult upload(PortalUser who, byte[] content, String name) throws Exception {
        return mvc.perform(multipart("/county/upload")
                        .file(new MockMultipartFile(
                                "file",
                                name,
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                content))
                        .param("period", "2025-09")
                        .with(user(who))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn();
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    int versions(String unit) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM return_submission WHERE unit_code = ?", Integer.class, unit);
    }

    long onlySubmissionId(String unit) {
        return jdbc.queryForObject("SELECT MAX(id) FROM return_submission WHERE unit_code = ?", Long.class, unit);
    }

    List<Path> uploadedFiles() throws Exception {
        Path uploads = home.resolve("uploads");
        if (!Files.exists(uploads)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(uploads)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    // ---- who may see what ----------------------------------------------------------------------------------------

    @Test
    void withoutALoginEveryPageLeadsToTheLoginPage() throws Exception {
        mvc.perform(get("/county")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/bureau")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/bureau/publications/file").param("period", "2025-09").param("name", "x.pdf"))
                .andExpect(status().isFound());
        assertThat(body(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn()))
                .contains("用户名", "密码");
    }

    @Test
    void aCountyCannotOpenBureauPagesNorTheBureauCountyPages() throws Exception {
        mvc.perform(get("/bureau").with(user(county))).andExpect(status().isForbidden());
        mvc.perform(get("/bureau/runs").with(user(county))).andExpect(status().isForbidden());
        mvc.perform(post("/bureau/runs")
                        .param("period", "2025-09")
                        .with(user(county))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/county").with(user(bureau))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'monthly'", Integer.class))
                .isZero();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/county/upload")
                        .file(new MockMultipartFile(
                                "file", "419921.xlsx", null, PortalFixtures.good(home, PortalFixtures.OWN)))
                        .param("period", "2025-09")
                        .with(user(county)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(county))).andExpect(status().isForbidden());

        assertThat(versions(PortalFixtures.OWN)).isZero();
        assertThat(uploadedFiles()).isEmpty();
    }

    // ---- the county's returns ------------------------------------------------------------------------------------

    @Test
    void aBadReturnGetsItsErrorsAtOnceAndTheMarkedUpWorkbook() throws Exception {
        String cell = PortalFixtures.spoiledCell(home, PortalFixtures.OWN);

        String page = body(upload(
                county, PortalFixtures.withWordsForAmount(home, PortalFixtures.OWN), "C:\\Users\\统计员\\桌面\\东川县9月.xlsx"));

        assertThat(page)
                .contains("未通过校验", "东川县9月.xlsx", cell, "两亿", "不是数字", "下载标注了错误的工作簿")
                .doesNotContain("C:\\Users");
        var stored = jdbc.queryForMap(
                "SELECT s.id, s.status, s.source, s.file_name, u.stored_file, u.error_workbook,"
                        + " u.uploaded_by FROM return_submission s JOIN portal_upload u ON u.submission_id = s.id "
                        + "WHERE s.unit_code = ?",
                PortalFixtures.OWN);
        assertThat(stored.get("status")).isEqualTo("REJECTED");
        assertThat(stored.get("source")).isEqualTo("PORTAL");
        assertThat(stored.get("file_name")).isEqualTo("东川县9月.xlsx");
        assertThat(stored.get("uploaded_by")).isEqualTo("dongchuan");
        assertThat((String) stored.get("stored_file")).matches("uploads/2025-09/419921/[0-9a-f-]{36}\\.xlsx");
        assertThat((String) stored.get("error_workbook")).matches("uploads/2025-09/419921/[0-9a-f-]{36}-错误清单\\.xlsx");
        assertThat(home.resolve((String) stored.get("stored_file"))).exists();

        long id = ((Number) stored.get("id")).longValue();
        MvcResult workbook = mvc.perform(
                        get("/county/submissions/" + id + "/error-workbook").with(user(county)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(workbook.getResponse().getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("UTF-8''%E4%B8%9C%E5%B7%9D%E5%8E%BF9%E6%9C%88-%E9%94%99%E8%AF%AF%E6%B8%85%E5%8D%95.xlsx");
        try (XSSFWorkbook marked =
                new XSSFWorkbook(new ByteArrayInputStream(workbook.getResponse().getContentAsByteArray()))) {
            assertThat(marked.getSheet("错误清单")).isNotNull();
            assertThat(marked.getSheet("项目台账")
                            .getRow(1)
                            .getCell(
                                    org.apache.poi.ss.util.CellReference.convertColStringToIndex(cell.replace("2", "")))
                            .getCellComment())
                    .isNotNull();
        }
        assertThat(body(mvc.perform(get("/county/submissions/" + id).with(user(county)))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("未通过校验", "两亿");
    }

    @Test
    void aGoodReturnIsAcceptedAndTheSameFileAgainChangesNothing() throws Exception {
        byte[] good = PortalFixtures.good(home, PortalFixtures.OWN);

        assertThat(body(upload(county, good, "419921.xlsx"))).contains("已接收", "第\n        <span>1</span> 版");
        assertThat(submissions
                        .findCountingForUnit(PortalFixtures.OWN, SampleMonth.PERIOD)
                        .source())
                .isEqualTo("PORTAL");
        List<Path> kept = uploadedFiles();
        assertThat(kept).hasSize(1);

        String again = body(upload(county, good, "副本-419921.xlsx"));

        assertThat(again).contains("内容完全相同", "未生成新版本");
        assertThat(versions(PortalFixtures.OWN)).isOne();
        assertThat(uploadedFiles()).isEqualTo(kept);
        assertThat(body(mvc.perform(get("/county").with(user(county))).andReturn()))
                .contains("419921.xlsx", "已接收");
    }

    @Test
    void aCountyCannotSendAnotherUnitsReturn() throws Exception {
        String page = body(upload(county, PortalFixtures.good(home, PortalFixtures.OTHER), "419921.xlsx"));

        assertThat(page).contains("未通过校验", "封面单位代码不是本单位（419921）的代码");
        assertThat(versions(PortalFixtures.OTHER)).isZero();
        assertThat(versions(PortalFixtures.OWN)).isZero();
        assertThat(uploadedFiles()).isEmpty();
    }

    @Test
    void theTemplateIsAlwaysTheCountysOwnWhateverUnitItAsksFor() throws Exception {
        MvcResult result = mvc.perform(get("/county/template")
                        .param("period", "2025-09")
                        .param("unit", PortalFixtures.OTHER)
                        .param("unitCode", PortalFixtures.OTHER)
                        .with(user(county)))
                .andExpect(status().isOk())
                .andReturn();

        try (XSSFWorkbook template =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            var cover = template.getSheet("封面");
            assertThat(cover.getRow(0).getCell(1).getStringCellValue()).isEqualTo(PortalFixtures.OWN);
        }
    }

    @Test
    void anotherUnitsSubmissionsAndErrorWorkbooksAreNotFound() throws Exception {
        upload(otherCounty, PortalFixtures.withWordsForAmount(home, PortalFixtures.OTHER), "419922.xlsx");
        long theirs = onlySubmissionId(PortalFixtures.OTHER);

        mvc.perform(get("/county/submissions/" + theirs).with(user(county))).andExpect(status().isNotFound());
        mvc.perform(get("/county/submissions/" + theirs + "/error-workbook").with(user(county)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/county/submissions/999999/error-workbook").with(user(county)))
                .andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/county").with(user(county))).andReturn()))
                .doesNotContain("419922.xlsx");
        // the owner and the bureau do reach them
        mvc.perform(get("/county/submissions/" + theirs + "/error-workbook").with(user(otherCounty)))
                .andExpect(status().isOk());
        mvc.perform(get("/bureau/submissions/" + theirs + "/error-workbook").with(user(bureau)))
                .andExpect(status().isOk());
    }

    @Test
    void aCountyGetsOnlyItsOwnScorecardAndNoFileOutsideThePublication() throws Exception {
        Path folder = Files.createDirectories(home.resolve("out").resolve("2025-09"));
        String own = "419921-东川县-2025-09.pdf";
        String theirs = "419922-河阳县-2025-09.pdf";
        Files.writeString(folder.resolve(own), "%PDF own");
        Files.writeString(folder.resolve(theirs), "%PDF theirs");
        Files.writeString(home.resolve("secret.txt"), "not for download");
        publications.insertPublication(new Publication(
                null,
                SampleMonth.PERIOD,
                0,
                LocalDateTime.of(2025, 10, 6, 2, 0),
                folder.toString(),
                "a".repeat(64),
                2,
                null));
        long publicationId = publications.findLatest(SampleMonth.PERIOD).id();
        publications.insertFiles(List.of(
                new PublicationFile(publicationId, own, "b".repeat(64), 8),
                new PublicationFile(publicationId, theirs, "c".repeat(64), 11)));

        MvcResult mine = mvc.perform(get("/county/scorecards/2025-09").with(user(county)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(mine.getResponse().getContentAsString()).isEqualTo("%PDF own");
        MvcResult heyang = mvc.perform(get("/county/scorecards/2025-09")
                        .param("unit", PortalFixtures.OTHER)
                        .param("name", theirs)
                        .with(user(county)))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(heyang.getResponse().getContentAsString())
                .as("the unit comes from the account")
                .isEqualTo("%PDF own");
        mvc.perform(get("/county/scorecards/..%2F..%2Fsecret.txt").with(user(county)))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isIn(400, 404));
        mvc.perform(get("/county/scorecards/2025-08").with(user(county))).andExpect(status().isNotFound());
        mvc.perform(get("/bureau/publications/file")
                        .param("period", "2025-09")
                        .param("name", theirs)
                        .with(user(county)))
                .andExpect(status().isForbidden());
        assertThat(body(mvc.perform(get("/county").with(user(county))).andReturn()))
                .contains("2025-09 成绩单");

        // the bureau reaches every listed file, and nothing else
        assertThat(mvc.perform(get("/bureau/publications/file")
                                .param("period", "2025-09")
                                .param("name", theirs)
                                .with(user(bureau)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("%PDF theirs");
        for (String name :
                List.of("../../secret.txt", "../secret.txt", "..\\..\\secret.txt", "/etc/passwd", "MANIFEST.sha256")) {
            mvc.perform(get("/bureau/publications/file")
                            .param("period", "2025-09")
                            .param("name", name)
                            .with(user(bureau)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/bureau/publications/file")
                        .param("period", "../..")
                        .param("name", own)
                        .with(user(bureau)))
                .andExpect(status().isNotFound());
    }

    // ---- the bureau ----------------------------------------------------------------------------------------------

    @Test
    void theBoardShowsEachUnitsStateAndASendBackTakesTheReturnOutOfCounting() throws Exception {
        upload(county, PortalFixtures.good(home, PortalFixtures.OWN), "419921.xlsx");
        upload(otherCounty, PortalFixtures.withWordsForAmount(home, PortalFixtures.OTHER), "419922.xlsx");
        long accepted = onlySubmissionId(PortalFixtures.OWN);

        String board =
                body(mvc.perform(get("/bureau").param("period", "2025-09").with(user(bureau)))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(board).contains("东川县", "河阳县", "已报送", "未报送", "2025-10-05");
        assertThat(rowOf(board, "419921")).contains("已报送").contains("网上");
        assertThat(rowOf(board, "419922")).contains("未报送").contains("未通过校验");

        mvc.perform(post("/bureau/submissions/" + accepted + "/send-back")
                        .param("reason", "漏报")
                        .with(user(county))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/bureau/submissions/" + accepted + "/send-back")
                        .param("reason", " ")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bureau/submissions/" + accepted));
        assertThat(submissions.findCountingForUnit(PortalFixtures.OWN, SampleMonth.PERIOD))
                .isNotNull();

        mvc.perform(post("/bureau/submissions/" + accepted + "/send-back")
                        .param("reason", "项目台账漏报3个已签约项目")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bureau?period=2025-09"));

        assertThat(submissions.findCountingForUnit(PortalFixtures.OWN, SampleMonth.PERIOD))
                .as("a returned version no longer counts, for the assessment as for the board")
                .isNull();
        assertThat(rowOf(
                        body(mvc.perform(get("/bureau")
                                        .param("period", "2025-09")
                                        .with(user(bureau)))
                                .andReturn()),
                        "419921"))
                .contains("已退回", "项目台账漏报3个已签约项目");
        assertThat(body(mvc.perform(get("/county").with(user(county))).andReturn()))
                .contains("已退回：项目台账漏报3个已签约项目");
        assertThat(body(mvc.perform(get("/county/submissions/" + accepted).with(user(county)))
                        .andReturn()))
                .contains("项目台账漏报3个已签约项目");
        // sending back twice is refused
        mvc.perform(post("/bureau/submissions/" + accepted + "/send-back")
                        .param("reason", "再退")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bureau/submissions/" + accepted));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission_send_back", Integer.class))
                .isOne();

        // the very same file again is recognised as the returned version: still returned, no new version
        assertThat(body(upload(county, PortalFixtures.good(home, PortalFixtures.OWN), "419921.xlsx")))
                .contains("内容完全相同", "已被退回，请修改后重新报送");
        assertThat(versions(PortalFixtures.OWN)).isOne();
        assertThat(submissions.findCountingForUnit(PortalFixtures.OWN, SampleMonth.PERIOD))
                .isNull();
    }

    @Test
    void theBureauLoadsTargetsAndABadWorkbookChangesNothing() throws Exception {
        byte[] targets = Files.readAllBytes(home.resolve("targets-2025.xlsx"));
        String loaded = body(mvc.perform(multipart("/bureau/targets")
                        .file(new MockMultipartFile("file", "目标任务书2025.xlsx", null, targets))
                        .param("year", "2025")
                        .with(user(bureau))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(loaded).contains("这份目标任务书（内容相同）已经导入过");

        byte[] changed = PortalFixtures.withTargetRemoved(home);
        assertThat(body(mvc.perform(multipart("/bureau/targets")
                                .file(new MockMultipartFile("file", "新目标.xlsx", null, changed))
                                .param("year", "2025")
                                .with(user(bureau))
                                .with(csrf()))
                        .andReturn()))
                .contains("已导入 2025 年目标任务书 新目标.xlsx：13 个考核单位");

        String refused = body(mvc.perform(multipart("/bureau/targets")
                        .file(new MockMultipartFile(
                                "file", "错的.xlsx", null, "not a workbook".getBytes(StandardCharsets.UTF_8)))
                        .param("year", "2025")
                        .with(user(bureau))
                        .with(csrf()))
                .andReturn());
        assertThat(refused).contains("错的.xlsx 未导入，2025 年原有目标不变");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM target_import WHERE assess_year = 2025", Integer.class))
                .isEqualTo(2);
        // the refused upload is gone, so its run is nothing to resume: the runs page says so, restart passes it
        assertThat(body(mvc.perform(get("/bureau/runs").with(user(bureau))).andReturn()))
                .contains("未导入：错的.xlsx：", "没有可继续的：改正后重新上传")
                .doesNotContain("Exception");
        assertThat(runner.latestRestartable()).isEmpty();
        mvc.perform(multipart("/bureau/targets")
                        .file(new MockMultipartFile("file", "x.xlsx", null, targets))
                        .param("year", "2025")
                        .with(user(county))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theBureauDownloadsTheBlankTargetsTemplateOfAYear() throws Exception {
        assertThat(body(mvc.perform(get("/bureau/targets").with(user(bureau))).andReturn()))
                .contains("/bureau/targets/template?year=");

        var response = mvc.perform(
                        get("/bureau/targets/template").param("year", "2026").with(user(bureau)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(response.getHeader("Content-Disposition"))
                .contains("filename*=UTF-8''%E7%9B%AE%E6%A0%87")
                .contains("2026.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("考核单位");
            assertThat(wb.getSheet("填报说明").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("2026");
        }
        mvc.perform(get("/bureau/targets/template").param("year", "2026").with(user(county)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRunsRankingAndDownloadPagesShowThatNothingRanYet() throws Exception {
        assertThat(body(mvc.perform(get("/bureau/runs").with(user(bureau)))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("月度运行", "导入目标任务书");
        assertThat(body(mvc.perform(get("/bureau/ranking").with(user(bureau)))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("还没有评估结果");
        assertThat(body(mvc.perform(get("/bureau/publications").with(user(bureau)))
                        .andExpect(status().isOk())
                        .andReturn()))
                .contains("还没有发布的成绩单");
    }

    static String rowOf(String board, String unit) {
        int start = board.indexOf("id=\"unit-" + unit + "\"");
        assertThat(start).as("row of " + unit).isPositive();
        return board.substring(start, board.indexOf("</tr>", start));
    }

    // ---- logging in ----------------------------------------------------------------------------------------------

    @Test
    void aGoodLoginLeadsToTheAccountsOwnPages() throws Exception {
        mvc.perform(formLogin("/login").user("dongchuan").password(PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("dongchuan").password("wrong password"))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(formLogin("/login").user("nobody").password(PASSWORD)).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/").with(user(county))).andExpect(redirectedUrl("/county"));
        mvc.perform(get("/").with(user(bureau))).andExpect(redirectedUrl("/bureau"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("heyang").password("guess " + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }

        mvc.perform(formLogin("/login").user("heyang").password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        assertThat(accountRows.findByUsername("heyang").lockedUntil()).isEqualTo(LocalDateTime.of(2025, 10, 3, 10, 15));
        // another account is not affected, and a new password lifts the lock
        mvc.perform(formLogin("/login").user("dongchuan").password(PASSWORD)).andExpect(redirectedUrl("/"));
        accounts.changePassword("heyang", "a brand new password".toCharArray());
        mvc.perform(formLogin("/login").user("heyang").password("a brand new password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        accounts.setEnabled("dongchuan", false);
        mvc.perform(formLogin("/login").user("dongchuan").password(PASSWORD))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
