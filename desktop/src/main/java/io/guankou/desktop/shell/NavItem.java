package io.guankou.desktop.shell;

/** The views of the main window, in navigation order. */
public enum NavItem {
    LEDGER("nav.ledger"),
    CONTACTS_DUE("nav.contactsDue"),
    REFERRALS("nav.referrals"),
    MAP("nav.map"),
    RESOURCES("nav.resources"),
    MEETING("nav.meeting"),
    DATA_EXCHANGE("nav.dataExchange"),
    PLACES("nav.places"),
    SETTINGS("nav.settings");

    private final String key;

    NavItem(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
