import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build step of the installer (run as {@code java SqliteNatives.java LIB_DIR NATIVE_DIR PLATFORM}, e.g.
 * {@code Linux/x86_64}): sqlite-jdbc carries its native library for 25 platforms (14 MB) and unpacks the one it
 * needs into the temporary folder at every start, which fails where {@code /tmp} is mounted noexec. This step puts
 * the platform's library into the runtime ({@code NATIVE_DIR}; the launcher names it with
 * {@code -Dorg.sqlite.lib.path}/{@code -Dorg.sqlite.lib.name}) and rewrites the jar in {@code LIB_DIR} without the
 * others (sqlite-jdbc is not a signed jar).
 */
public final class SqliteNatives {

    private static final String NATIVE = "org/sqlite/native/";

    public static void main(String[] args) throws IOException {
        Path libDir = Path.of(args[0]);
        Path nativeDir = Path.of(args[1]);
        String platform = NATIVE + args[2] + "/";
        Path jar;
        try (Stream<Path> files = Files.list(libDir)) {
            jar = files.filter(p -> p.getFileName().toString().matches("sqlite-jdbc-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no sqlite-jdbc jar in " + libDir));
        }
        Path trimmed = jar.resolveSibling(jar.getFileName() + ".tmp");
        String library = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(trimmed))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                if (name.startsWith(platform) && !e.isDirectory()) {
                    library = name.substring(platform.length());
                    try (OutputStream lib = Files.newOutputStream(nativeDir.resolve(library))) {
                        in.transferTo(lib);
                    }
                } else if (!name.startsWith(NATIVE)) {
                    ZipEntry copy = new ZipEntry(name);
                    copy.setTime(e.getTime());
                    out.putNextEntry(copy);
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        if (library == null) {
            throw new IllegalStateException("no " + platform + " library in " + jar);
        }
        Files.move(trimmed, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[installer] " + library + " into " + nativeDir + "; " + jar.getFileName() + " now "
                + Files.size(jar) / 1024 + " KiB");
    }
}
