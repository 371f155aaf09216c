import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Build step of the installer (run as {@code java JavaFxNatives.java FXMODS RUNTIME NATIVE_DIR}, after jlink):
 * copies JavaFX's native libraries out of the platform jars into the runtime's {@code lib/} (Windows {@code bin/}),
 * where JavaFX looks first in a runtime image, so the installed app never unpacks them into
 * {@code ~/.openjfx/cache} (a home folder that is read-only, roaming or full still works).
 */
public final class JavaFxNatives {

    public static void main(String[] args) throws Exception {
        Path fxmods = Path.of(args[0]);
        Path runtime = Path.of(args[1]);
        Path nativeDir = runtime.resolve(args[2]);
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
}
