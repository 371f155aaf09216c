package io.guankou.desktop.exchange;

/**
 * The package file no longer holds the package the user verified (another file put in its place on the stick):
 * nothing was read into the ledger; the user verifies the file again before previewing or applying it.
 */
public final class PackageChanged extends Exception {

    public PackageChanged() {
        super("the file holds another package than the one verified");
    }
}
