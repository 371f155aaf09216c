package io.guankou.desktop.cli;

import io.guankou.desktop.exchange.PackageExchange;
import io.guankou.desktop.i18n.Messages;
import io.guankou.model.exchange.PackageHeader;
import io.guankou.model.exchange.PackageRefused;
import io.guankou.model.exchange.container.VerifiedPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The lines the package commands print about a package and a refusal, in one wording. */
final class PackageTexts {

    private final Messages msg;

    PackageTexts(Messages msg) {
        this.msg = msg;
    }

    /**
     * The package file with its signature and manifest checked (nothing decrypted yet), described on {@code out}; a
     * problem naming the file when there is none.
     */
    VerifiedPackage verified(Path file, PrintWriter out) throws IOException, PackageRefused {
        if (!Files.isRegularFile(file)) {
            throw new CommandProblem(msg.format("cli.pkg.noFile", file));
        }
        VerifiedPackage pkg = PackageExchange.verify(file);
        describe(out, pkg);
        return pkg;
    }

    /** Sender, township, kind, sequence, when made and the signer's fingerprint: no personal data. */
    void describe(PrintWriter out, VerifiedPackage pkg) {
        PackageHeader h = pkg.header();
        out.println(msg.format("cli.pkg.sender", msg.label(h.sender().role()), h.sender().name(), h.sender().code()));
        out.println(msg.format("cli.pkg.township", h.township().name(), h.township().code()));
        out.println(msg.format("cli.pkg.kind", msg.label(h.kind()), h.sequence(),
                h.buildsOn() == null ? "-" : h.buildsOn().toString(),
                h.acknowledges() == null ? "-" : h.acknowledges().toString(), h.createdAt().toString()));
        out.println(msg.format("cli.pkg.signer", pkg.signerFingerprint()));
    }

    /** One line: the refusal's reason and what was (not) done. */
    String refused(PackageRefused e) {
        return msg.format("cli.pkg.refused", msg.label(e.reason()));
    }
}
