package org.zsyz.scorecard.store.message;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MessageMapper {

    /** Throws DuplicateKeyException when a message of the same key is there already. */
    void insertMessage(OutboundMessage message);

    /** The ids of messages due at {@code now}: pending ones, and claims that lapsed. */
    List<Long> findDue(@Param("now") LocalDateTime now, @Param("limit") int limit);

    /**
     * Claims a due message for one sender until {@code until}; 0 when another sender has it (or it is not due).
     * One statement, so two senders never both get it.
     */
    int claim(@Param("id") long id, @Param("now") LocalDateTime now, @Param("until") LocalDateTime until);

    OutboundMessage findMessage(long id);

    int markSent(@Param("id") long id, @Param("sentAt") LocalDateTime sentAt);

    /** Counts a failed attempt: PENDING again from {@code nextAttemptAt}, or FAILED when {@code last}. */
    int markFailed(
            @Param("id") long id,
            @Param("error") String error,
            @Param("nextAttemptAt") LocalDateTime nextAttemptAt,
            @Param("last") boolean last);

    /** The newest first; {@code period} {@code null} for every period. */
    List<OutboundMessage> findRecent(@Param("period") YearMonth period, @Param("limit") int limit);
}
