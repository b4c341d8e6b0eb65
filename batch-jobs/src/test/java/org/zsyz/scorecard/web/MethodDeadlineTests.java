package org.zsyz.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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

/**
 * One rule for lateness: the year's method. With a method file whose deadline_day is 10, a return received on the
 * 8th is on time for the import's 逾期 flag, the bureau's board, the county's banner and the 扣分 alike; without
 * the file the default method's day 5 makes the same return late everywhere.
 */
@Import(CountyPortalTests.Clocks.class)
@PortalTest
abstract class MethodDeadlineTests extends PortalTestBase {

    static final Instant EIGHTH_OF_OCTOBER = Instant.parse("2025-10-08T02:00:00Z"); // 10:00 in Beijing

    static final Path home = WorkingFolder.of(MethodDeadlineTests.class);

    @Autowired
    AssessmentRulesSource rules;

    @Autowired
    SettableClock clock;

    PortalUser county;
    PortalUser bureau;

    @Override
    void beforeSampleCity() {
        clock.set(EIGHTH_OF_OCTOBER);
    }

    @BeforeEach
    void accountsOfTheCountyAndTheBureau() {
        county = account("dongchuan", "county", PortalFixtures.OWN);
        bureau = account("office", "bureau", null);
    }

    @AfterEach
    void noMethodFile() throws Exception {
        Files.deleteIfExists(rules.fileFor(SampleMonth.YEAR));
    }

    @Test
    void aMethodWithDeadlineDayTenMakesAReturnOfTheEighthOnTimeEverywhere() throws Exception {
        Path file = rules.fileFor(SampleMonth.YEAR);
        String defaults = rules.defaults(SampleMonth.YEAR).text();
        assertThat(defaults).contains("deadline_day: 5");
        Files.createDirectories(file.getParent());
        Files.writeString(file, defaults.replace("deadline_day: 5", "deadline_day: 10"), StandardCharsets.UTF_8);

        assertThat(banner()).isEqualTo("报告期 2025-09 的报送截止日期：2025-10-10（还有 2 天）。");
        upload();

        assertThat(lateFlag()).as("the import's 逾期 flag").isFalse();
        String row = PortalControllerTests.rowOf(board(), PortalFixtures.OWN);
        assertThat(row).contains("已报送").doesNotContain("逾期");
        assertThat(board()).contains("2025-10-10");

        operations.assess(SampleMonth.PERIOD);
        assertThat(reportStatus()).isEqualTo("REPORTED");
        assertThat(deductions()).as("no 扣分").isZero();
    }

    @Test
    void withoutAMethodFileTheDefaultDeadlineDayFiveMakesTheSameReturnLateEverywhere() throws Exception {
        assertThat(Files.exists(rules.fileFor(SampleMonth.YEAR))).isFalse();

        assertThat(banner()).isEqualTo("报告期 2025-09 的报送截止日期：2025-10-05，已过截止日期：现在报送的记为逾期报送。");
        upload();

        assertThat(lateFlag()).isTrue();
        assertThat(PortalControllerTests.rowOf(board(), PortalFixtures.OWN)).contains("逾期");
        assertThat(board()).contains("2025-10-05");

        operations.assess(SampleMonth.PERIOD);
        assertThat(reportStatus()).isEqualTo("LATE");
        assertThat(deductions()).isOne();
    }

    void upload() throws Exception {
        mvc.perform(multipart("/county/upload")
                        .file(new MockMultipartFile(
                                "file",
                                "419921.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                PortalFixtures.good(home, PortalFixtures.OWN)))
                        .param("period", "2025-09")
                        .with(user(county))
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    String banner() throws Exception {
        return CountyPortalTests.text(page("/county", county), "banner-deadline");
    }

    String board() throws Exception {
        return page("/bureau?period=2025-09", bureau);
    }

    String page(String path, PortalUser who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    boolean lateFlag() {
        return jdbc.queryForObject(
                "SELECT late FROM return_submission WHERE unit_code = ? AND period = '2025-09'",
                Boolean.class,
                PortalFixtures.OWN);
    }

    String reportStatus() {
        return jdbc.queryForObject(
                "SELECT report_status FROM unit_score WHERE unit_code = ? AND period = '2025-09'",
                String.class,
                PortalFixtures.OWN);
    }

    int deductions() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM score_adjustment WHERE unit_code = ? AND period = '2025-09'"
                        + " AND kind = 'DEDUCTION'",
                Integer.class,
                PortalFixtures.OWN);
    }
}
