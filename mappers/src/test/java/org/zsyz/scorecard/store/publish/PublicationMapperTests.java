package org.zsyz.scorecard.store.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zsyz.scorecard.store.testsupport.MapperTest;

@MapperTest
abstract class PublicationMapperTests {

    static final YearMonth DEC = YearMonth.of(2013, 12);

    @Autowired
    PublicationMapper publications;

    @Autowired
    JdbcTemplate jdbc;

    Publication publish(int revision) {
        publications.insertPublication(new Publication(
                null, DEC, revision, LocalDateTime.of(2014, 1, 6, 2, 0), "out/2013-12", "9".repeat(64), 1, 3L));
        return publications.findRevision(DEC, revision);
    }

    @Test
    void theLatestRevisionWinsAndFilesAreListed() {
        publish(0);
        Publication revised = publish(1);
        publications.insertFiles(List.of(new PublicationFile(revised.id(), "全市成绩单-2013-12.pdf", "1".repeat(64), 1024)));

        assertThat(publications.findLatest(DEC).revision()).isEqualTo(1);
        assertThat(publications.findLatest(YearMonth.of(2013, 11))).isNull();
        assertThat(publications.findFiles(revised.id()))
                .extracting(PublicationFile::fileName)
                .containsExactly("全市成绩单-2013-12.pdf");
        assertThat(jdbc.queryForObject(
                        "SELECT size_bytes FROM publication_file WHERE publication_id = ?", Long.class, revised.id()))
                .isEqualTo(1024L);
    }
}
