package io.guankou.desktop.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --json}: indented JSON instead of a table, for scripts; mixed into every command that offers it. */
final class JsonOption {

    @Option(names = "--json", descriptionKey = "cli.opt.json")
    boolean enabled;

    boolean enabled() {
        return enabled;
    }

    /** Prints {@code value} (maps, lists, strings, numbers) as indented JSON, one document. */
    void print(PrintWriter out, Object value) throws JsonProcessingException {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
    }
}
