package org.zsyz.scorecard.store.account;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PortalAccountMapper {

    void insertAccount(PortalAccount account);

    PortalAccount findByUsername(String username);

    /** Bureau accounts first, then by unit and name. */
    List<PortalAccount> findAll();

    int updatePassword(@Param("username") String username, @Param("passwordHash") String passwordHash);

    int updateEnabled(@Param("username") String username, @Param("enabled") boolean enabled);

    /**
     * Counts a wrong password; when the count reaches {@code maxAttempts} the account is locked until
     * {@code lockUntil} and the count starts again.
     */
    int recordFailure(
            @Param("username") String username,
            @Param("maxAttempts") int maxAttempts,
            @Param("lockUntil") LocalDateTime lockUntil);

    int resetFailures(String username);

    /** How many years list the unit code in their 考核单位 (0: the code is unknown). */
    int countUnitYears(String unitCode);
}
