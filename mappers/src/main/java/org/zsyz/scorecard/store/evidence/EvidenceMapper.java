package org.zsyz.scorecard.store.evidence;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface EvidenceMapper {

    void insertEvidence(ProjectEvidence evidence);

    ProjectEvidence findById(long id);

    /** A unit's files, by project then upload order. */
    List<ProjectEvidence> findByUnit(String unitCode);

    /** Every project (unit code + project number) that has at least one file, for the assessment. */
    List<EvidencedProject> findEvidencedProjects();

    int countWithSha256(String sha256);

    /** The newest file's id, 0 when there is none: files are only ever added. */
    long lastEvidenceId();
}
