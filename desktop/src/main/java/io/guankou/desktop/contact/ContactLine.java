package io.guankou.desktop.contact;

import io.guankou.desktop.i18n.Messages;
import io.guankou.model.contact.AntigenResult;
import io.guankou.model.contact.Contact;
import java.util.ArrayList;
import java.util.List;

/** One stored contact as one short line of text, for the lists that show a person's last contacts. */
public final class ContactLine {

    private ContactLine() {
    }

    public static String of(Messages msg, Contact c) {
        List<String> parts = new ArrayList<>();
        parts.add(ContactFormViewModel.DATE.format(c.at()) + " " + ContactFormViewModel.TIME.format(c.at()));
        parts.add(msg.label(c.mode()));
        parts.add(msg.get(c.reached() ? "contact.line.reached" : "contact.line.notReached"));
        if (c.temperature() != null) {
            parts.add(msg.format("contact.line.temperature", c.temperature().toPlainString()));
        }
        if (c.spo2() != null) {
            parts.add(msg.format("contact.line.spo2", String.valueOf(c.spo2())));
        }
        if (c.antigen() != AntigenResult.NOT_TESTED) {
            parts.add(msg.format("contact.line.antigen", msg.label(c.antigen())));
        }
        if (c.madeBy() != null && !c.madeBy().isBlank()) {
            parts.add(c.madeBy());
        }
        return String.join(" \u00B7 ", parts);
    }
}
