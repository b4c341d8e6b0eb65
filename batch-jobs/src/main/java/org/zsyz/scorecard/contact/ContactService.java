package org.zsyz.scorecard.contact;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zsyz.scorecard.domain.ContactChannel;
import org.zsyz.scorecard.store.account.PortalAccountMapper;
import org.zsyz.scorecard.store.contact.Contact;
import org.zsyz.scorecard.store.contact.ContactMapper;

/**
 * The contacts of the units and of the bureau: checked, then stored. Setting an address that is there already
 * changes its secret; an owner is a unit code known to some year's targets, or the bureau's office or IT.
 */
@Service
public class ContactService {

    private final ContactMapper contacts;
    private final PortalAccountMapper units;
    private final Clock clock;

    public ContactService(ContactMapper contacts, PortalAccountMapper units, Clock clock) {
        this.contacts = contacts;
        this.units = units;
        this.clock = clock;
    }

    /** Where a change comes from: the portal may not point a robot at this machine, the operator may. */
    public enum Origin {
        COMMAND_LINE,
        PORTAL
    }

    /** The owner code of {@code office} or {@code it}, or of a unit code (checked). */
    public String owner(String unitCode, String bureau) {
        if (bureau != null && !bureau.isBlank()) {
            return switch (bureau.strip().toLowerCase(Locale.ROOT)) {
                case "office" -> Contact.OFFICE;
                case "it" -> Contact.IT;
                default -> throw new ContactException("--bureau 只能是 office（考核办）或 it（信息化）：" + bureau);
            };
        }
        String code = unitCode == null ? "" : unitCode.strip();
        if (code.isEmpty()) {
            throw new ContactException("请给出单位代码（--unit）或商务局的联系人（--bureau office|it）");
        }
        if (units.countUnitYears(code) == 0) {
            throw new ContactException("单位代码 " + code + " 不在任何年度的考核单位中");
        }
        return code;
    }

    /**
     * Adds an e-mail address and/or a robot webhook (with its secret) to an owner, all checked first: nothing is
     * stored when any of them is refused.
     *
     * @return the contacts as stored
     */
    @Transactional
    public List<Contact> set(String owner, String email, String webhook, String secret, Origin origin) {
        String cleanSecret = secret == null || secret.isBlank() ? null : secret.strip();
        if (cleanSecret != null && (webhook == null || webhook.isBlank())) {
            throw new ContactException("--secret 是机器人的加签密钥，须与 --webhook 一起给出");
        }
        if ((email == null || email.isBlank()) && (webhook == null || webhook.isBlank())) {
            throw new ContactException("请至少给出一个电子邮件地址（--email）或机器人地址（--webhook）");
        }
        List<Contact> wanted = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        if (email != null && !email.isBlank()) {
            wanted.add(new Contact(null, owner, ContactChannel.EMAIL, ContactAddresses.email(email), null, now));
        }
        if (webhook != null && !webhook.isBlank()) {
            URI uri = ContactAddresses.webhook(webhook);
            if (origin == Origin.PORTAL) {
                ContactAddresses.requirePublicHost(uri);
            }
            ContactChannel robot = ContactAddresses.robotOf(uri);
            if (cleanSecret != null && robot == ContactChannel.WECOM) {
                throw new ContactException("企业微信机器人不使用加签密钥（--secret 只用于钉钉 / 政务钉钉机器人）");
            }
            if (cleanSecret != null && cleanSecret.length() > ContactAddresses.MAX_SECRET) {
                throw new ContactException("加签密钥超过 " + ContactAddresses.MAX_SECRET + " 个字符");
            }
            wanted.add(new Contact(null, owner, robot, webhook.strip(), cleanSecret, now));
        } else if (cleanSecret != null) {
            throw new ContactException("--secret 是机器人的加签密钥，须与 --webhook 一起给出");
        }
        for (Contact contact : wanted) {
            if (contacts.updateSecret(owner, contact.address(), contact.secret()) == 0) {
                contacts.insertContact(contact);
            }
        }
        return contacts.findByOwner(owner);
    }

    /** Removes one address of an owner, or all its contacts when {@code address} is blank; how many went. */
    @Transactional
    public int remove(String owner, String address) {
        int removed = address == null || address.isBlank()
                ? contacts.deleteByOwner(owner)
                : contacts.deleteAddress(owner, address.strip());
        if (removed == 0) {
            throw new ContactException(
                    ownerLabel(owner) + (address == null || address.isBlank() ? " 没有联系人" : " 没有联系人 " + address));
        }
        return removed;
    }

    public List<Contact> list() {
        return contacts.findAll();
    }

    public List<Contact> of(String owner) {
        return contacts.findByOwner(owner);
    }

    /** 考核办, 信息化 or the unit code, as messages and lists name an owner. */
    public static String ownerLabel(String owner) {
        return switch (owner) {
            case Contact.OFFICE -> "商务局考核办";
            case Contact.IT -> "商务局信息化";
            default -> "单位 " + owner;
        };
    }
}
