package org.xxgk.extract.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import technology.tabula.Page;
import technology.tabula.PageDims;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.TextStripper;
import technology.tabula.Utils;

/**
 * The reference for {@link PageContent}: the extractor's page reading as it was before issue 15,
 * two passes over each page's content as Tabula's own {@code ObjectExtractor} makes them (its
 * {@link TextStripper}, then a graphics engine for the rulings), kept to show that one pass gives
 * the same page objects ({@code OnePassTest}).
 *
 * <p>A page's glyphs and ruling lines as a Tabula {@link Page}, as Tabula's own {@code ObjectExtractor}
 * builds it, except that the drawing procedures of Type 3 glyphs are not run in the ruling pass.
 * A Type 3 glyph is drawn by a little content stream, and the strokes of CJK characters such as
 * {@code 中}, {@code 申} or {@code 目} are straight filled boxes that Tabula takes for table rules:
 * pages printed by Chromium (every glyph a Type 3 font) then grow tiny "tables" inside every such
 * character, which swallow the character and split the real cells. Glyph drawings are never table
 * rules; the text itself is still read by Tabula's {@link TextStripper}.
 */
final class TwoPassPageObjects {

    private TwoPassPageObjects() {}

    /** Page {@code number} (1-based) of {@code document}. */
    @SuppressWarnings("deprecation") // ILL_DEFINED_ORDER: the order Tabula's own extractor leaves the glyphs in
    static Page extract(PDDocument document, int number) throws IOException {
        PDPage page = document.getPage(number - 1);
        RulingCollector rulings = new RulingCollector(page);
        rulings.processPage(page);

        TextStripper text = new TextStripper(document, number);
        text.process();
        Utils.sort(text.getTextElements(), Rectangle.ILL_DEFINED_ORDER);

        PDRectangle crop = page.getCropBox();
        int rotation = page.getRotation();
        boolean turned = Math.abs(rotation) == 90 || Math.abs(rotation) == 270;
        float width = turned ? crop.getHeight() : crop.getWidth();
        float height = turned ? crop.getWidth() : crop.getHeight();
        return Page.Builder.newInstance()
                .withPageDims(PageDims.of(0, 0, width, height))
                .withRotation(rotation)
                .withNumber(number)
                .withPdPage(page)
                .withPdDocument(document)
                .withRulings(rulings.rulings)
                .withTextElements(text.getTextElements())
                .withMinCharWidth(text.getMinCharWidth())
                .withMinCharHeight(text.getMinCharHeight())
                .withIndex(text.getSpatialIndex())
                .build();
    }

    /**
     * The straight segments of the page's painted paths, in page space with y growing downwards,
     * cut to the clip: Tabula's ruling pass (a path with a curve is no ruling; a clip takes effect
     * at the {@code n} that ends its path), without Type 3 glyph procedures. One more difference:
     * Tabula 1.0.5 reads one segment past the end of each path and adds an oblique phantom line to
     * a stale point; collapsing drops it, but it pulls the snapped ends of real rules by a few
     * hundredths of a point. It is not reproduced.
     */
    static final class RulingCollector extends PDFGraphicsStreamEngine {

        private static final float MIN_LENGTH = 0.01f;

        final List<Ruling> rulings = new ArrayList<>();
        private final AffineTransform toPage;
        private final GeneralPath path = new GeneralPath();
        private int clipRule = -1;

        RulingCollector(PDPage page) {
            super(page);
            PDRectangle crop = page.getCropBox();
            int rotation = page.getRotation();
            AffineTransform t;
            if (Math.abs(rotation) == 90 || Math.abs(rotation) == 270) {
                t = AffineTransform.getRotateInstance(Math.toRadians(rotation), 0, 0);
            } else {
                t = AffineTransform.getTranslateInstance(0, crop.getHeight());
            }
            t.concatenate(AffineTransform.getScaleInstance(1, -1));
            t.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
            toPage = t;
        }

        /** A Type 3 glyph's procedure draws the glyph, never a rule of the page: it is not run. */
        @Override
        protected void processType3Stream(PDType3CharProc charProc, Matrix textRenderingMatrix) {}

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.moveTo((float) p0.getX(), (float) p0.getY());
            path.lineTo((float) p1.getX(), (float) p1.getY());
            path.lineTo((float) p2.getX(), (float) p2.getY());
            path.lineTo((float) p3.getX(), (float) p3.getY());
            path.closePath();
        }

        @Override
        public void drawImage(PDImage image) {}

        @Override
        public void clip(int windingRule) {
            clipRule = windingRule;
        }

        @Override
        public void moveTo(float x, float y) {
            path.moveTo(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.lineTo(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            path.curveTo(x1, y1, x2, y2, x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return path.getCurrentPoint();
        }

        @Override
        public void closePath() {
            path.closePath();
        }

        @Override
        public void endPath() {
            if (clipRule != -1) {
                path.setWindingRule(clipRule);
                getGraphicsState().intersectClippingPath(path);
                clipRule = -1;
            }
            path.reset();
        }

        @Override
        public void strokePath() {
            paint();
        }

        @Override
        public void fillPath(int windingRule) {
            paint();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            paint();
        }

        @Override
        public void shadingFill(COSName shadingName) {}

        /** The segments of the current path as rulings, when it is made of straight lines only. */
        private void paint() {
            if (!straight()) {
                path.reset();
                return;
            }
            Rectangle2D clip = toPage.createTransformedShape(getGraphicsState().getCurrentClippingPath()).getBounds2D();
            PathIterator it = path.getPathIterator(toPage);
            float[] c = new float[6];
            it.currentSegment(c);
            Point2D.Float start = new Point2D.Float(Utils.round(c[0], 2), Utils.round(c[1], 2));
            Point2D.Float subpath = start;
            Point2D.Float end = null;
            for (it.next(); !it.isDone(); it.next()) {
                switch (it.currentSegment(c)) {
                    case PathIterator.SEG_LINETO -> {
                        end = new Point2D.Float(c[0], c[1]);
                        add(start, end, clip);
                    }
                    case PathIterator.SEG_MOVETO -> {
                        subpath = new Point2D.Float(c[0], c[1]);
                        end = subpath;
                    }
                    case PathIterator.SEG_CLOSE -> {
                        if (end != null) add(end, subpath, clip);
                    }
                    default -> { }
                }
                start = end;
            }
            path.reset();
        }

        /** Whether the path starts with a move and has no curve. */
        private boolean straight() {
            PathIterator it = path.getPathIterator(null);
            if (it.isDone()) return false;
            float[] c = new float[6];
            if (it.currentSegment(c) != PathIterator.SEG_MOVETO) return false;
            for (it.next(); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                if (type != PathIterator.SEG_LINETO
                        && type != PathIterator.SEG_CLOSE
                        && type != PathIterator.SEG_MOVETO) return false;
            }
            return true;
        }

        private void add(Point2D.Float a, Point2D.Float b, Rectangle2D clip) {
            if (a == null || b == null) return;
            Line2D.Float line = before(a, b) ? new Line2D.Float(a, b) : new Line2D.Float(b, a);
            if (!line.intersects(clip)) return;
            Ruling ruling = new Ruling(line.getP1(), line.getP2()).intersect(clip);
            if (ruling.length() > MIN_LENGTH) rulings.add(ruling);
        }

        /** Tabula's point order: by y, then x, both rounded to 2 decimals. */
        private static boolean before(Point2D a, Point2D b) {
            float ay = Utils.round(a.getY(), 2), by = Utils.round(b.getY(), 2);
            if (ay != by) return ay < by;
            return Utils.round(a.getX(), 2) < Utils.round(b.getX(), 2);
        }
    }
}
