package org.zsyz.scorecard.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.zsyz.scorecard.store.account.PortalAccount;

/** A signed-in portal account: its role and, for a county account, the one unit it acts for. */
public class PortalUser extends User {

    private static final long serialVersionUID = 1L;

    private final String role;
    private final String unitCode;

    public PortalUser(PortalAccount account, boolean locked) {
        super(
                account.username(),
                account.passwordHash(),
                account.enabled(),
                true,
                true,
                !locked,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role())));
        this.role = account.role();
        this.unitCode = account.unitCode();
    }

    public boolean isBureau() {
        return PortalAccount.BUREAU.equals(role);
    }

    /** The unit of a county account; {@code null} for the bureau. */
    public String unitCode() {
        return unitCode;
    }
}
