package io.guankou.desktop.exchange;

/** Whether a logged package left this ledger or came in. */
public enum PackageDirection {
    SENT,
    RECEIVED
}
