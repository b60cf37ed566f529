import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Makes the benchmark's mixed folder: JPEG and PNG images (256 x 192, gradients and shapes) and
 * short text files. Usage: java MakeFiles.java DIR JPEGS PNGS TEXTS. Deterministic (fixed seeds).
 */
public class MakeFiles {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int jpegs = Integer.parseInt(args[1]);
    int pngs = Integer.parseInt(args[2]);
    int texts = Integer.parseInt(args[3]);
    Files.createDirectories(dir);
    for (int i = 0; i < jpegs + pngs; i++) {
      boolean jpeg = i < jpegs;
      ImageIO.write(image(i), jpeg ? "jpg" : "png",
          dir.resolve(String.format("img%04d.%s", i, jpeg ? "jpg" : "png")).toFile());
    }
    String[] words = "the model wrote a short answer about rivers hills light and weather in spring".split(" ");
    for (int i = 0; i < texts; i++) {
      Random r = new Random(i);
      StringBuilder sb = new StringBuilder();
      for (int s = 0; s < 5 + r.nextInt(10); s++) {
        for (int w = 0; w < 6 + r.nextInt(10); w++) {
          sb.append(w == 0 ? "" : " ").append(words[r.nextInt(words.length)]);
        }
        sb.append(".\n");
      }
      Files.writeString(dir.resolve(String.format("text%04d.%s", i, i % 4 == 0 ? "md" : "txt")), sb);
    }
  }

  static BufferedImage image(int seed) {
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(256, 192, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)),
        256, 192, new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256))));
    g.fillRect(0, 0, 256, 192);
    for (int k = 0; k < 6; k++) {
      g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 160));
      g.fillOval(r.nextInt(220), r.nextInt(160), 20 + r.nextInt(80), 20 + r.nextInt(60));
    }
    g.dispose();
    return img;
  }
}
