package org.zsyz.scorecard.store.audit;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;

/** The audit trail: appended to under the head's row lock, never updated or deleted. */
@Mapper
public interface AuditMapper {

    /** The chain's head, locked until the transaction ends; {@code null} if its row is gone. */
    AuditHead lockHead();

    void insertHead(AuditHead head);

    int updateHead(AuditHead head);

    void insertRecord(AuditRecord record);

    /** Every record in chain order, read one at a time (the chain is verified as a whole). */
    Cursor<AuditRecord> streamAll();

    /** The records of a period and/or unit ({@code null} = any), in chain order, the newest {@code limit}. */
    List<AuditRecord> findRecords(
            @Param("period") String period, @Param("unitCode") String unitCode, @Param("limit") int limit);
}
