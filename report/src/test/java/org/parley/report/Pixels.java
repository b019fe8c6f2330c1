package org.parley.report;

import java.awt.image.BufferedImage;

/** Counts what a picture shows. */
final class Pixels {

    private Pixels() {
    }

    /** The share of pixels in the rectangle that are not (near) white. */
    static double nonWhiteShare(BufferedImage img, int x, int y, int w, int h) {
        long ink = 0;
        long all = 0;
        for (int j = Math.max(0, y); j < Math.min(img.getHeight(), y + h); j++) {
            for (int i = Math.max(0, x); i < Math.min(img.getWidth(), x + w); i++) {
                int rgb = img.getRGB(i, j);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                all++;
                if (r < 235 || g < 235 || b < 235) {
                    ink++;
                }
            }
        }
        return all == 0 ? 0 : (double) ink / all;
    }
}
