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
}
