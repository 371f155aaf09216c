package io.guankou.desktop.cli;

import io.guankou.desktop.exchange.ExportRefused;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.persistence.DatabaseException;
import io.guankou.persistence.exchange.PackageExporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * One run of a package command ({@code keys}, {@code export}, {@code verify}, {@code import}): exit 0 when its body
 * ends, else 2 with one line naming the cause, the same way for every command (the one mapping of their failures).
 * The body tells the run what a failure would concern: the file it reads or writes, the fingerprint a refusal for
 * want of a confirmation names, and the passphrases it read (overwritten when the run ends, however it ends).
 */
final class PackageRun {

    /** What a command does; it throws what went wrong. */
    @FunctionalInterface
    interface Body {
        void run(PrintWriter out, PrintWriter err) throws IOException, PackageRefused, ExportRefused,
                PackageExporter.Refused;
    }

    private final Messages msg;
    private final List<char[]> secrets = new ArrayList<>();
    private Path file;
    private boolean writes;
    private String toConfirm;

    PackageRun(Messages msg) {
        this.msg = msg;
    }

    /** A failure to read names this package file; returns it. */
    Path reading(Path packageFile) {
        this.file = packageFile;
        this.writes = false;
        return packageFile;
    }

    /** A failure to write names this file (one that appeared meanwhile is never overwritten). */
    void writing(Path out) {
        this.file = out;
        this.writes = true;
    }

    /** The other side's fingerprint, named when the package is refused until it is confirmed with --accept-key. */
    void confirming(String fingerprint) {
        this.toConfirm = fingerprint;
    }

    /** Keeps a passphrase the command read to overwrite it when the run ends; returns it. */
    char[] secret(char[] passphrase) {
        secrets.add(passphrase);
        return passphrase;
    }

    int run(CommandSpec spec, Body body) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            body.run(out, err);
            return GuankouCommand.EXIT_OK;
        } catch (CommandProblem e) {
            return fail(err, e.getMessage());
        } catch (PackageRefused e) {
            return fail(err, e.reason() == PackageRefused.Reason.KEY_NOT_CONFIRMED && toConfirm != null
                    ? msg.format("cli.pkgimport.confirmKey", toConfirm)
                    : new PackageTexts(msg).refused(e));
        } catch (PackageExporter.Refused e) {
            return fail(err, e.reason() == PackageExporter.Refused.Reason.RECIPIENT_NOT_CONFIRMED && toConfirm != null
                    ? msg.format("cli.export.confirmKey", toConfirm) : msg.label(e.reason()));
        } catch (ExportRefused e) {
            return fail(err, msg.label(e.reason()));
        } catch (FileAlreadyExistsException e) {
            return fail(err, writes ? msg.format("cli.export.outExists", file) : io(e));
        } catch (IOException e) {
            return fail(err, io(e));
        } catch (DatabaseException e) {
            return fail(err, msg.describe(e));
        } finally {
            secrets.forEach(s -> Arrays.fill(s, '\0'));
            out.flush();
            err.flush();
        }
    }

    private String io(IOException e) {
        String kind = e.getClass().getSimpleName();
        return writes ? msg.format("cli.export.cannotWrite", file, kind) : msg.format("cli.pkg.unreadable", file, kind);
    }

    private int fail(PrintWriter err, String line) {
        err.println(msg.format("cli.error", line));
        return GuankouCommand.EXIT_USAGE;
    }
}
