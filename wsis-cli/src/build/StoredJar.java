import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a jar with every entry stored rather than deflated, keeping the entries' order, names
 * and times, so that the JVM reads classes without inflating them: a shorter start-up for the
 * price of a larger file. Run by the build as a single-file program:
 * {@code java src/build/StoredJar.java target/wsis.jar}.
 */
public final class StoredJar {
  private StoredJar() {}

  public static void main(String[] args) throws IOException {
    Path jar = Path.of(args[0]);
    Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
    try (ZipFile in = new ZipFile(jar.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stored))) {
      out.setMethod(ZipOutputStream.STORED);
      for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
        ZipEntry entry = entries.nextElement();
        byte[] bytes;
        try (InputStream data = in.getInputStream(entry)) {
          bytes = data.readAllBytes();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setMethod(ZipEntry.STORED);
        copy.setTime(entry.getTime());
        copy.setSize(bytes.length);
        copy.setCompressedSize(bytes.length);
        copy.setCrc(crc.getValue());
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
      }
    }
    Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING);
  }
}
