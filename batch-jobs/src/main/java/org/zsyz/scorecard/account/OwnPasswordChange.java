package org.zsyz.scorecard.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.zsyz.scorecard.store.account.PortalAccount;
import org.zsyz.scorecard.store.account.PortalAccountMapper;

/**
 * A signed-in user changes their own password: the current one must be right, the new one typed twice the same,
 * different from the current one, and it must pass the same rules as {@code scorecard user passwd}. Logged (who,
 * never a password) as the other account changes are.
 */
@Service
public class OwnPasswordChange {

    private static final Logger log = LoggerFactory.getLogger(OwnPasswordChange.class);

    private final AccountService accounts;
    private final PortalAccountMapper rows;

    public OwnPasswordChange(AccountService accounts, PortalAccountMapper rows) {
        this.accounts = accounts;
        this.rows = rows;
    }

    /** Changes it, or throws {@link AccountService.AccountException} saying why not, changing nothing. */
    public void change(String username, char[] current, char[] replacement, char[] repeated) {
        PortalAccount account = rows.findByUsername(username);
        if (account == null || !account.enabled()) {
            throw new AccountService.AccountException("账号不存在或已停用");
        }
        if (current == null
                || current.length == 0
                || !AccountService.passwordEncoder().matches(new String(current), account.passwordHash())) {
            log.warn("Password change by {} refused: the current password was wrong", username);
            throw new AccountService.AccountException("当前密码不正确，密码没有修改");
        }
        if (replacement == null || repeated == null || !new String(replacement).equals(new String(repeated))) {
            throw new AccountService.AccountException("两次输入的新密码不一致，密码没有修改");
        }
        if (new String(replacement).equals(new String(current))) {
            throw new AccountService.AccountException("新密码与当前密码相同，密码没有修改");
        }
        accounts.changePassword(username, replacement);
        log.info("Password of {} changed by the account itself (portal)", username);
    }
}
