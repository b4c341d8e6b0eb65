package org.zsyz.scorecard.cli;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.zsyz.scorecard.contact.ContactException;
import org.zsyz.scorecard.contact.ContactService;
import org.zsyz.scorecard.store.contact.Contact;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scorecard contact set|list|remove}: the e-mail addresses and robot webhooks messages go to, of the units
 * and of the bureau (its assessment office and IT). The operator may point a robot at any address, also this
 * machine's own (the portal may not).
 */
@Command(
        name = "contact",
        mixinStandardHelpOptions = true,
        description = "The units' and the bureau's contacts: e-mail addresses and 钉钉 / 企业微信 robot webhooks.",
        subcommands = {ContactCommand.Set.class, ContactCommand.ListContacts.class, ContactCommand.Remove.class})
class ContactCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whose contacts: a unit, or the bureau's office or IT. */
    static class Owner {
        @Option(names = "--unit", description = "the unit's code, e.g. 410711")
        String unit;

        @Option(names = "--bureau", description = "office (考核办: gets the bulletin) or it (信息化: failure alerts)")
        String bureau;
    }

    /** Runs a change, turning a refusal into a one-line message and exit code 2. */
    abstract static class ContactChange extends SpringCommand {
        @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
        Owner owner;

        @Override
        int run(ConfigurableApplicationContext context) {
            ContactService contacts = context.getBean(ContactService.class);
            try {
                return change(contacts, contacts.owner(owner.unit, owner.bureau));
            } catch (ContactException e) {
                err().println("scorecard: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }

        abstract int change(ContactService contacts, String ownerCode);
    }

    @Command(
            name = "set",
            mixinStandardHelpOptions = true,
            description = "Add an e-mail address and/or a robot webhook (a 钉钉 robot's signing secret with --secret).")
    static class Set extends ContactChange {
        @Option(names = "--email", description = "an e-mail address")
        String email;

        @Option(names = "--webhook", description = "a 钉钉 / 政务钉钉 or 企业微信 robot's webhook (http or https)")
        String webhook;

        @Option(names = "--secret", description = "the 钉钉 robot's signing secret (加签), e.g. SEC…")
        String secret;

        @Override
        int change(ContactService contacts, String ownerCode) {
            List<Contact> now = contacts.set(ownerCode, email, webhook, secret, ContactService.Origin.COMMAND_LINE);
            out().println("已保存。" + ContactService.ownerLabel(ownerCode) + " 的联系人：");
            out().print(table(now));
            return ExitCodes.OK;
        }
    }

    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Remove one address (--address) or all contacts of a unit or of the bureau's office or IT.")
    static class Remove extends ContactChange {
        @Option(names = "--address", description = "the e-mail address or webhook to remove; without it, all")
        String address;

        @Override
        int change(ContactService contacts, String ownerCode) {
            int removed = contacts.remove(ownerCode, address);
            out().println("已删除 " + ContactService.ownerLabel(ownerCode) + " 的 " + removed + " 个联系人");
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every contact.")
    static class ListContacts extends SpringCommand {
        @Override
        int run(ConfigurableApplicationContext context) {
            out().print(table(context.getBean(ContactService.class).list()));
            return ExitCodes.OK;
        }
    }

    static TextTable table(List<Contact> contacts) {
        TextTable table = new TextTable("所属", "方式", "地址", "加签");
        for (Contact c : contacts) {
            table.row(
                    ContactService.ownerLabel(c.owner()),
                    c.channel().label(),
                    c.address(),
                    c.secret() == null ? "—" : "已设置");
        }
        return table;
    }
}
