package org.zsyz.scorecard.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Arrays;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.account.AccountService;
import org.zsyz.scorecard.store.account.PortalAccount;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scorecard user add|list|passwd|disable|enable}: the web portal's accounts. A password is never taken from
 * the command line: it is read from the console (twice), or from {@code SCORECARD_USER_PASSWORD} for scripts, or
 * as the first line of standard input when that is not a console.
 */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description =
                "The web portal's accounts: a bureau account sees everything, a county account only its own unit.",
        subcommands = {
            UserCommand.Add.class,
            UserCommand.ListAccounts.class,
            UserCommand.Passwd.class,
            UserCommand.Disable.class,
            UserCommand.Enable.class
        })
class UserCommand implements Runnable {

    static final String PASSWORD_VARIABLE = "SCORECARD_USER_PASSWORD";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs an account change, turning a refusal into a one-line message and exit code 2. */
    abstract static class AccountCommand extends SpringCommand {
        @Override
        int run(ConfigurableApplicationContext context) throws Exception {
            try {
                return change(context.getBean(AccountService.class));
            } catch (AccountService.AccountException e) {
                err().println("scorecard: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }

        abstract int change(AccountService accounts) throws IOException;

        char[] readPassword() throws IOException {
            String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
            if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
                return fromEnvironment.toCharArray();
            }
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("密码：");
                char[] second = console.readPassword("再输入一次：");
                if (first == null || !Arrays.equals(first, second)) {
                    throw new AccountService.AccountException("两次输入的密码不一致");
                }
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
            if (line == null) {
                throw new AccountService.AccountException("没有读到密码（从终端输入，或设置 " + PASSWORD_VARIABLE + "，或从标准输入给出一行）");
            }
            return line.toCharArray();
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Create an account; the password is read from the console, SCORECARD_USER_PASSWORD or stdin.")
    static class Add extends AccountCommand {

        @Option(names = "--username", required = true, description = "letters, digits, . _ -; 3–50 characters")
        String username;

        @Option(names = "--role", required = true, description = "bureau (商务局: everything) or county (报送单位)")
        String role;

        @Option(names = "--unit", description = "the unit code a county account acts for, e.g. 410711")
        String unit;

        @Override
        int change(AccountService accounts) throws IOException {
            PortalAccount added = accounts.add(username, role, unit, readPassword());
            out().println("已创建账号 " + added.username() + "（" + (added.isBureau() ? "商务局" : "报送单位 " + added.unitCode())
                    + "）");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static class ListAccounts extends AccountCommand {
        @Override
        boolean runsQuick() {
            return true;
        }

        @Override
        int change(AccountService accounts) {
            TextTable table = new TextTable("用户名", "角色", "单位", "状态", "创建时间");
            for (PortalAccount a : accounts.list()) {
                table.row(
                        a.username(),
                        a.isBureau() ? "商务局" : "报送单位",
                        a.unitCode() == null ? "—" : a.unitCode(),
                        !a.enabled() ? "已停用" : a.lockedUntil() != null ? "锁定至 " + a.lockedUntil() : "正常",
                        a.createdAt().toString().replace('T', ' '));
            }
            out().print(table);
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "passwd",
            mixinStandardHelpOptions = true,
            description = "Set a new password (also lifts a login lock).")
    static class Passwd extends AccountCommand {
        @Option(names = "--username", required = true)
        String username;

        @Override
        int change(AccountService accounts) throws IOException {
            accounts.changePassword(username, readPassword());
            out().println("已修改 " + username + " 的密码");
            return ExitCodes.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stop an account from logging in.")
    static class Disable extends AccountCommand {
        @Option(names = "--username", required = true)
        String username;

        @Override
        int change(AccountService accounts) {
            accounts.setEnabled(username, false);
            out().println("已停用 " + username);
            return ExitCodes.OK;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Let a disabled account log in again.")
    static class Enable extends AccountCommand {
        @Option(names = "--username", required = true)
        String username;

        @Override
        int change(AccountService accounts) {
            accounts.setEnabled(username, true);
            out().println("已启用 " + username);
            return ExitCodes.OK;
        }
    }
}
