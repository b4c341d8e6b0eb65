package org.zsyz.scorecard.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zsyz.scorecard.account.AccountService;
import org.zsyz.scorecard.account.AccountService.AccountException;
import org.zsyz.scorecard.account.PortalProperties;
import org.zsyz.scorecard.account.PortalUser;
import org.zsyz.scorecard.store.account.PortalAccount;

/**
 * 账号管理: the bureau opens county and bureau accounts, disables and enables them and resets passwords — the same
 * {@link AccountService} and rules as {@code scorecard user}. Accounts are never deleted (a version records the
 * account that uploaded it), only disabled.
 */
@Controller
@RequestMapping("/bureau/accounts")
class BureauAccountsController {

    private static final Logger log = LoggerFactory.getLogger(BureauAccountsController.class);

    private final AccountService accounts;
    private final PortalUnits units;
    private final PortalReturns returns;
    private final PortalProperties settings;
    private final Clock clock;

    BureauAccountsController(
            AccountService accounts, PortalUnits units, PortalReturns returns, PortalProperties settings, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.units = units;
        this.returns = returns;
        this.settings = settings;
    }

    @GetMapping
    String page(Model model) {
        int year = returns.currentPeriod().getYear();
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("unitNames", units.names(year));
        model.addAttribute("units", units.of(year));
        model.addAttribute("minLength", settings.minPasswordLength());
        model.addAttribute("now", LocalDateTime.now(clock));
        return "bureau/accounts";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String role,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirm,
            RedirectAttributes redirect) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            if (password == null || !password.equals(confirm)) {
                throw new AccountException("两次输入的密码不一致");
            }
            boolean county = "county".equalsIgnoreCase(role);
            if (county && blankToNull(unit) == null) {
                throw new AccountException("报送单位账号须选择所属单位");
            }
            PortalAccount added = accounts.add(
                    username == null ? null : username.strip(), role, county ? blankToNull(unit) : null, secret);
            log.info(
                    "{} created the portal account {} ({}{})",
                    user.getUsername(),
                    added.username(),
                    added.role(),
                    added.unitCode() == null ? "" : ", unit " + added.unitCode());
            redirect.addFlashAttribute(
                    "notice",
                    "已开设账号 " + added.username() + (added.isBureau() ? "（商务局）" : "（报送单位 " + added.unitCode() + "）")
                            + "，请把密码告知使用人");
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", "未开设账号：" + e.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
        return "redirect:/bureau/accounts";
    }

    @PostMapping("/{username}/enabled")
    String enable(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String username,
            @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        if (!enabled && username.equals(user.getUsername())) {
            redirect.addFlashAttribute("problem", "不能停用自己正在使用的账号");
            return "redirect:/bureau/accounts";
        }
        try {
            accounts.setEnabled(username, enabled);
            log.info("{} {} the portal account {}", user.getUsername(), enabled ? "enabled" : "disabled", username);
            redirect.addFlashAttribute(
                    "notice", (enabled ? "已启用账号 " : "已停用账号 ") + username + (enabled ? "" : "（不能再登录；已报送的数据不受影响）"));
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/bureau/accounts";
    }

    @PostMapping("/{username}/password")
    String resetPassword(
            @AuthenticationPrincipal PortalUser user,
            @PathVariable String username,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirm,
            RedirectAttributes redirect) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            if (password == null || !password.equals(confirm)) {
                throw new AccountException("两次输入的密码不一致");
            }
            accounts.changePassword(username, secret);
            log.info("{} reset the password of the portal account {}", user.getUsername(), username);
            redirect.addFlashAttribute("notice", "已重设 " + username + " 的密码（锁定同时解除），请把新密码告知使用人");
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", "密码未改：" + e.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
        return "redirect:/bureau/accounts";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
