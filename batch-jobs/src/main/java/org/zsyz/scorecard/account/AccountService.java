package org.zsyz.scorecard.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.audit.AuditTrail;
import org.zsyz.scorecard.domain.AuditAction;
import org.zsyz.scorecard.store.account.PortalAccount;
import org.zsyz.scorecard.store.account.PortalAccountMapper;

/**
 * The portal's accounts, as {@code scorecard user ...} manages them. Passwords are stored only as
 * DelegatingPasswordEncoder hashes (bcrypt today, marked {@code {bcrypt}} so a stronger default later still reads
 * the old ones).
 */
@Service
@EnableConfigurationProperties(PortalProperties.class)
public class AccountService {

    /** Letters, digits, dot, underscore, hyphen; 3–50 characters. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,50}");

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final PortalAccountMapper accounts;
    private final PortalProperties settings;
    private final Clock clock;
    private final AuditTrail audit;

    public AccountService(PortalAccountMapper accounts, PortalProperties settings, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** A request the account rules refuse; the message says why, in Chinese. */
    public static class AccountException extends RuntimeException {
        public AccountException(String message) {
            super(message);
        }
    }

    public static PasswordEncoder passwordEncoder() {
        return ENCODER;
    }

    @Transactional
    public PortalAccount add(String username, String role, String unitCode, char[] password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new AccountException("用户名只能用字母、数字、点、下划线和连字符，3–50 个字符：" + username);
        }
        String normalisedRole = role == null ? "" : role.strip().toUpperCase(java.util.Locale.ROOT);
        if (!PortalAccount.BUREAU.equals(normalisedRole) && !PortalAccount.COUNTY.equals(normalisedRole)) {
            throw new AccountException("角色只能是 bureau（商务局）或 county（报送单位）：" + role);
        }
        if (PortalAccount.COUNTY.equals(normalisedRole)) {
            if (unitCode == null || unitCode.isBlank()) {
                throw new AccountException("报送单位账号必须用 --unit 指定所属单位代码");
            }
            if (accounts.countUnitYears(unitCode) == 0) {
                throw new AccountException("单位代码 " + unitCode + " 不在任何年度的考核单位名单中（请先导入目标任务书）");
            }
        } else if (unitCode != null) {
            throw new AccountException("商务局账号不属于某个单位，不要指定 --unit");
        }
        if (accounts.findByUsername(username) != null) {
            throw new AccountException("用户名 " + username + " 已存在");
        }
        checkPassword(password);
        accounts.insertAccount(new PortalAccount(
                null,
                username,
                ENCODER.encode(new String(password)),
                normalisedRole,
                unitCode,
                true,
                0,
                null,
                LocalDateTime.now(clock).withNano(0)));
        audit.record(
                AuditAction.ACCOUNT_ADD,
                null,
                unitCode,
                "账号 " + username,
                PortalAccount.BUREAU.equals(normalisedRole) ? "商务局账号" : "报送单位账号（单位 " + unitCode + "）");
        return accounts.findByUsername(username);
    }

    @Transactional
    public void changePassword(String username, char[] password) {
        PortalAccount account = existing(username);
        checkPassword(password);
        accounts.updatePassword(username, ENCODER.encode(new String(password)));
        audit.record(AuditAction.ACCOUNT_PASSWORD, null, account.unitCode(), "账号 " + username, "设置了新密码");
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        PortalAccount account = existing(username);
        accounts.updateEnabled(username, enabled);
        audit.record(
                enabled ? AuditAction.ACCOUNT_ENABLE : AuditAction.ACCOUNT_DISABLE,
                null,
                account.unitCode(),
                "账号 " + username,
                enabled ? "启用" : "停用");
    }

    public List<PortalAccount> list() {
        return accounts.findAll();
    }

    private PortalAccount existing(String username) {
        PortalAccount account = accounts.findByUsername(username);
        if (account == null) {
            throw new AccountException("没有用户 " + username);
        }
        return account;
    }

    private void checkPassword(char[] password) {
        if (password == null || password.length < settings.minPasswordLength()) {
            throw new AccountException("密码至少 " + settings.minPasswordLength() + " 个字符");
        }
        if (new String(password).isBlank()) {
            throw new AccountException("密码不能全是空格");
        }
    }
}
