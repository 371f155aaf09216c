package io.guankou.desktop.exchange;

import io.guankou.desktop.i18n.Failures;
import io.guankou.desktop.i18n.Msg;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * What a failure of the exchange says to the user: a refused package by its reason (what happened and what to do,
 * {@link Failures}), the own key or a public key file by its reason, a file or a stick that cannot be read or
 * written by the file it names (paths are not ledger data), anything else the house way.
 */
final class ExchangeFailures {

    private ExchangeFailures() {
    }

    static Msg msg(Throwable error) {
        if (error instanceof ExchangeKeyException key) {
            return Msg.label(key.reason());
        }
        if (error instanceof ExportRefused refused) {
            return Msg.label(refused.reason());
        }
        if (error instanceof io.guankou.persistence.exchange.PackageExporter.Refused refused) {
            return Msg.label(refused.reason());
        }
        if (error instanceof NoSuchFileException missing) {
            return Msg.of("exchange.error.noSuchFile", file(missing));
        }
        if (error instanceof AccessDeniedException denied) {
            return Msg.of("exchange.error.accessDenied", file(denied));
        }
        if (error instanceof FileSystemException fs) {
            // a full stick, one pulled out while writing, a read-only medium
            return Msg.of("exchange.error.fileSystem", file(fs));
        }
        if (error instanceof IOException io) {
            return Msg.of("exchange.error.io", io.getClass().getSimpleName());
        }
        return Failures.msg(error);
    }

    private static String file(FileSystemException e) {
        return Objects.requireNonNullElse(e.getFile(), "");
    }
}
