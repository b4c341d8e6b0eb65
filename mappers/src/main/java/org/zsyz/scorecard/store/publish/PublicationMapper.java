package org.zsyz.scorecard.store.publish;

import java.time.YearMonth;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PublicationMapper {

    void insertPublication(Publication publication);

    int insertFiles(@Param("files") List<PublicationFile> files);

    Publication findRevision(@Param("period") YearMonth period, @Param("revision") int revision);

    /** The newest revision of the period, or {@code null} if it was never published. */
    Publication findLatest(YearMonth period);

    List<PublicationFile> findFiles(long publicationId);

    /** Keeps the period's scores and figures as this revision publishes them (a published month is locked). */
    int snapshotScores(@Param("period") YearMonth period, @Param("revision") int revision);

    int snapshotFigures(@Param("period") YearMonth period, @Param("revision") int revision);

    List<PublishedScore> findPublishedScores(@Param("period") YearMonth period, @Param("revision") int revision);

    List<PublishedFigure> findPublishedFigures(
            @Param("period") YearMonth period, @Param("revision") int revision, @Param("unitCode") String unitCode);

    int setRevisionReason(
            @Param("period") YearMonth period, @Param("revision") int revision, @Param("reason") String reason);

    String findRevisionReason(@Param("period") YearMonth period, @Param("revision") int revision);
}
