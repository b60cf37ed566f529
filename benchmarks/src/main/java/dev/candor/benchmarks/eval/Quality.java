package dev.candor.benchmarks.eval;

import java.awt.image.BufferedImage;

/**
 * PSNR over R, G, B and SSIM (Wang et al. 2004: 11-tap Gaussian σ 1.5, K1 0.01, K2 0.03) on luma.
 */
final class Quality {
  private Quality() {}

  static double psnr(BufferedImage a, BufferedImage b) {
    float[][] pa = Attacks.planes(a);
    float[][] pb = Attacks.planes(b);
    double se = 0;
    long n = 0;
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < pa[c].length; i++) {
        double d = pa[c][i] - pb[c][i];
        se += d * d;
        n++;
      }
    }
    return se == 0 ? 99 : 10 * Math.log10(255.0 * 255.0 / (se / n));
  }

  static double ssim(BufferedImage a, BufferedImage b) {
    int w = a.getWidth();
    int h = a.getHeight();
    float[] x = luma(a);
    float[] y = luma(b);
    float[] xx = new float[x.length];
    float[] yy = new float[x.length];
    float[] xy = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      xx[i] = x[i] * x[i];
      yy[i] = y[i] * y[i];
      xy[i] = x[i] * y[i];
    }
    float[] mx = blur(x, w, h);
    float[] my = blur(y, w, h);
    float[] sxx = blur(xx, w, h);
    float[] syy = blur(yy, w, h);
    float[] sxy = blur(xy, w, h);
    double c1 = Math.pow(0.01 * 255, 2);
    double c2 = Math.pow(0.03 * 255, 2);
    double sum = 0;
    int n = 0;
    for (int r = 5; r < h - 5; r++) {
      for (int c = 5; c < w - 5; c++) {
        int i = r * w + c;
        double vx = sxx[i] - mx[i] * mx[i];
        double vy = syy[i] - my[i] * my[i];
        double cv = sxy[i] - mx[i] * my[i];
        sum +=
            ((2 * mx[i] * my[i] + c1) * (2 * cv + c2))
                / ((mx[i] * mx[i] + my[i] * my[i] + c1) * (vx + vy + c2));
        n++;
      }
    }
    return sum / n;
  }

  private static float[] luma(BufferedImage img) {
    float[][] p = Attacks.planes(img);
    float[] l = new float[p[0].length];
    for (int i = 0; i < l.length; i++) {
      l[i] = 0.299f * p[0][i] + 0.587f * p[1][i] + 0.114f * p[2][i];
    }
    return l;
  }

  private static float[] blur(float[] src, int w, int h) {
    double[] k = new double[11];
    double s = 0;
    for (int i = -5; i <= 5; i++) {
      k[i + 5] = Math.exp(-i * i / (2 * 1.5 * 1.5));
      s += k[i + 5];
    }
    float[] tmp = new float[src.length];
    float[] out = new float[src.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double acc = 0;
        for (int i = -5; i <= 5; i++) {
          acc += k[i + 5] * src[y * w + Math.max(0, Math.min(w - 1, x + i))];
        }
        tmp[y * w + x] = (float) (acc / s);
      }
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double acc = 0;
        for (int i = -5; i <= 5; i++) {
          acc += k[i + 5] * tmp[Math.max(0, Math.min(h - 1, y + i)) * w + x];
        }
        out[y * w + x] = (float) (acc / s);
      }
    }
    return out;
  }
}
