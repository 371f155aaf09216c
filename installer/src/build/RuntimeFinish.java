import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Build step of the installer (run as {@code java RuntimeFinish.java FXMODS RUNTIME NATIVE_DIR CLASSLIST}, after
 * jlink): (1) copies JavaFX's native libraries out of the platform jars into the runtime's {@code lib/} (Windows
 * {@code bin/}), where JavaFX looks first in a runtime image, so the installed app never unpacks them into
 * {@code ~/.openjfx/cache}; (2) replaces the runtime's default class-data archive with one dumped from
 * {@code CLASSLIST}, the JDK and JavaFX classes the window loads to its first view (installer/cds-classlist.sh),
 * which every launch then maps instead of loading them one by one. Application classes stay outside it: they are
 * on the classpath, whose absolute path at install time the build cannot know.
 */
public final class RuntimeFinish {

    public static void main(String[] args) throws Exception {
        Path fxmods = Path.of(args[0]);
        Path runtime = Path.of(args[1]);
        Path nativeDir = runtime.resolve(args[2]);
        Path classlist = Path.of(args[3]);
        int natives = 0;
        try (Stream<Path> jars = Files.list(fxmods)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                natives += copyNatives(jar, nativeDir);
            }
        }
        System.out.println("[installer] " + natives + " JavaFX native libraries into " + nativeDir);
        if (natives == 0) {
            throw new IllegalStateException("no JavaFX native library found in " + fxmods);
        }
        dumpArchive(runtime, classlist);
    }

    private static int copyNatives(Path jar, Path dir) throws IOException {
        int n = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                boolean library = !e.isDirectory() && !name.contains("/")
                        && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"));
                if (library) {
                    Files.copy(zip, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    n++;
                }
            }
        }
        return n;
    }

    private static void dumpArchive(Path runtime, Path classlist) throws IOException, InterruptedException {
        if (!Files.isRegularFile(classlist)) {
            System.out.println("[installer] no " + classlist + ": the runtime keeps jlink's default class-data archive");
            return;
        }
        boolean windows = System.getProperty("os.name").toLowerCase().startsWith("windows");
        Path java = runtime.resolve(windows ? "bin/java.exe" : "bin/java");
        Path server = runtime.resolve(windows ? "bin/server" : "lib/server");
        Path archive = server.resolve("classes.jsa");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + classlist, "-XX:SharedArchiveFile=" + archive));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long warnings;
        try (InputStream out = p.getInputStream()) {
            warnings = new String(out.readAllBytes()).lines().filter(l -> l.contains("Preload Warning")).count();
        }
        int code = p.waitFor();
        if (code != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("class-data dump failed (exit " + code + "): " + command);
        }
        System.out.println("[installer] class-data archive " + archive + " (" + Files.size(archive) / 1024
                + " KiB; " + warnings + " listed classes not in the runtime)");
    }
}
